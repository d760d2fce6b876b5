namespace TokenBroker;

/// <summary>A vendor the broker mints tokens from.</summary>
/// <param name="Id">Its name in <c>/api/tokens/{id}</c> and in the repository's <c>specs/{id}/</c>.</param>
/// <param name="Name">Its name for people.</param>
/// <param name="Token">What the broker mints with it, for the page.</param>
/// <param name="Section">The configuration section its <c>AddXxxClient</c> binds.</param>
/// <param name="Credentials">The credentials its SDK client needs.</param>
internal sealed record Vendor(string Id, string Name, string Token, string Section, IReadOnlyList<VendorCredential> Credentials)
{
    public static IReadOnlyList<Vendor> All { get; } =
    [
        new("deck", "Deck", "link token", "Deck", [new("ClientId", "DECK_CLIENT_ID"), new("Secret", "DECK_SECRET")]),
        new("oneloop", "Oneloop", "link token", "Oneloop", [new("ApiKey", "ONELOOP_API_KEY")]),
        new("trackstar", "Trackstar", "link token", "Trackstar", [new("ApiKey", "TRACKSTAR_API_KEY")]),
        new("decart", "Decart", "client token", "Decart", [new("ApiKey", "DECART_API_KEY")]),
    ];

    /// <summary>
    /// True when any of the vendor's credentials is configured: in its section (appsettings.json, user secrets,
    /// <c>Deck__ClientId</c>…) or as the environment variable the SDK itself falls back to (<c>DECK_CLIENT_ID</c>…), which
    /// ASP.NET Core's configuration also reads. One is enough: a half-configured vendor is called for real, so the SDK's
    /// start-up check names the credential that is missing instead of the sample quietly switching to a mock.
    /// </summary>
    public bool HasCredentials(IConfiguration configuration) =>
        Credentials.Any(credential => !string.IsNullOrWhiteSpace(configuration[$"{Section}:{credential.Key}"])
                                      || !string.IsNullOrWhiteSpace(configuration[credential.EnvironmentVariable]));
}

/// <summary>A credential's key in the vendor's configuration section, and the environment variable the SDK also reads it from.</summary>
internal sealed record VendorCredential(string Key, string EnvironmentVariable);
