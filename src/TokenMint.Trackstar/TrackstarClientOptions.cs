using System;
using System.Collections.Generic;
using TokenMint.Http;

namespace TokenMint.Trackstar;

/// <summary>Settings for <see cref="TrackstarClient"/>.</summary>
public sealed class TrackstarClientOptions : ClientOptions
{
    /// <summary>
    /// Your organization-level Trackstar API key (x-trackstar-api-key). Read from TRACKSTAR_API_KEY when not set.
    /// Trimmed of leading and trailing whitespace; any other control or non-ASCII character is an <see cref="InvalidCredentialException"/>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"TrackstarClientOptions {{ ApiKey = {Credential.Describe(ApiKey)}, BaseUri = {TokenMint.Http.BaseUri.Describe(BaseUri)} }}";

    internal ClientSettings Resolve()
    {
        var apiKey = Credential.Resolve(ApiKey, "TrackstarClientOptions.ApiKey", "TRACKSTAR_API_KEY");
        var baseUrl = TokenMint.Http.BaseUri.Normalize(BaseUri ?? new Uri("https://production.trackstarhq.com"), "TrackstarClientOptions.BaseUri");
        return new ClientSettings(baseUrl, new HeaderAuthenticator(baseUrl, new KeyValuePair<string, string>("x-trackstar-api-key", apiKey)));
    }
}
