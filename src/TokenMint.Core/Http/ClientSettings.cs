namespace TokenMint.Http;

/// <summary>What a client needs at run time, resolved once from its options: the base URL and how to authenticate.</summary>
internal sealed class ClientSettings
{
    /// <summary>Creates the settings.</summary>
    public ClientSettings(string baseUrl, HeaderAuthenticator authenticator)
    {
        BaseUrl = baseUrl;
        Authenticator = authenticator;
    }

    /// <summary>The base URL, with a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>Adds the credential headers.</summary>
    public HeaderAuthenticator Authenticator { get; }
}
