using System;
using System.Collections.Generic;
using TokenMint.Http;

namespace TokenMint.Deck;

/// <summary>Settings for <see cref="DeckClient"/>.</summary>
public sealed class DeckClientOptions : ClientOptions
{
    /// <summary>
    /// Your Deck client id (x-deck-client-id). Read from DECK_CLIENT_ID when not set.
    /// Trimmed of leading and trailing whitespace; any other control or non-ASCII character is an <see cref="InvalidCredentialException"/>.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// Your Deck secret (x-deck-secret). Read from DECK_SECRET when not set.
    /// Trimmed of leading and trailing whitespace; any other control or non-ASCII character is an <see cref="InvalidCredentialException"/>.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Live (default) or Sandbox; ignored when <see cref="ClientOptions.BaseUri"/> is set.</summary>
    public DeckEnvironment Environment { get; set; } = DeckEnvironment.Live;

    /// <inheritdoc />
    public override string ToString() =>
        $"DeckClientOptions {{ ClientId = {ClientId ?? "(not set)"}, Secret = {Credential.Describe(Secret)}, Environment = {Environment}, BaseUri = {TokenMint.Http.BaseUri.Describe(BaseUri)} }}";

    internal ClientSettings Resolve()
    {
        var clientId = Credential.Resolve(ClientId, "DeckClientOptions.ClientId", "DECK_CLIENT_ID");
        var secret = Credential.Resolve(Secret, "DeckClientOptions.Secret", "DECK_SECRET");
        var baseUrl = TokenMint.Http.BaseUri.Normalize(BaseUri ?? DefaultBaseUri(Environment), "DeckClientOptions.BaseUri");
        return new ClientSettings(baseUrl, new HeaderAuthenticator(baseUrl,
            new KeyValuePair<string, string>("x-deck-client-id", clientId),
            new KeyValuePair<string, string>("x-deck-secret", secret)));
    }

    private static Uri DefaultBaseUri(DeckEnvironment environment) => environment switch
    {
        DeckEnvironment.Live => new Uri("https://live.deck.co/api/v1"),
        DeckEnvironment.Sandbox => new Uri("https://sandbox.deck.co/api/v1"),
        _ => throw new ArgumentOutOfRangeException(nameof(environment), environment, "Unknown Deck environment."),
    };
}
