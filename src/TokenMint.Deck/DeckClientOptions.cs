using System;
using TokenMint.Http;

namespace TokenMint.Deck;

/// <summary>Settings for <see cref="DeckClient"/>.</summary>
public sealed class DeckClientOptions : ClientOptions
{
    /// <summary>
    /// Your Deck client id, sent in the header of the spec's client_id scheme. Read from DECK_CLIENT_ID when not set.
    /// Trimmed of leading and trailing whitespace; any other control or non-ASCII character is an <see cref="InvalidCredentialException"/>.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// Your Deck secret, sent in the header of the spec's secret scheme. Read from DECK_SECRET when not set.
    /// Trimmed of leading and trailing whitespace; any other control or non-ASCII character is an <see cref="InvalidCredentialException"/>.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Live (default) or Sandbox; ignored when <see cref="ClientOptions.BaseUri"/> is set.</summary>
    public DeckEnvironment Environment { get; set; } = DeckEnvironment.Live;

    /// <inheritdoc />
    public override string ToString() =>
        $"DeckClientOptions {{ ClientId = {ClientId ?? "(not set)"}, Secret = {Credential.Describe(Secret)}, Environment = {Environment}, BaseUri = {TokenMint.Http.BaseUri.Describe(BaseUri)} }}";

    internal override ClientSettings Resolve()
    {
        var clientId = Credential.Resolve(ClientId, "DeckClientOptions.ClientId", "DECK_CLIENT_ID");
        var secret = Credential.Resolve(Secret, "DeckClientOptions.Secret", "DECK_SECRET");
        var baseUrl = TokenMint.Http.BaseUri.Normalize(BaseUri ?? DefaultBaseUri(Environment), "DeckClientOptions.BaseUri");
        return new ClientSettings(baseUrl, new HeaderAuthenticator(baseUrl, DeckSpec.Auth.ClientId(clientId), DeckSpec.Auth.Secret(secret)));
    }

    // The spec's servers, named by the overlay (specs/deck/overlay.yaml).
    private static Uri DefaultBaseUri(DeckEnvironment environment) => environment switch
    {
        DeckEnvironment.Live => new Uri(DeckSpec.Servers.Live),
        DeckEnvironment.Sandbox => new Uri(DeckSpec.Servers.Sandbox),
        _ => throw new ArgumentOutOfRangeException(nameof(environment), environment, "Unknown Deck environment."),
    };
}
