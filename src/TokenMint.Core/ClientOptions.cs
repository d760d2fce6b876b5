using System;

namespace TokenMint;

/// <summary>Settings every TokenMint client shares; each vendor's options class adds its credentials.</summary>
public abstract class ClientOptions
{
    /// <summary>Overrides the vendor's base URL, for a proxy or a local mock. Must be HTTPS unless it is a loopback address.</summary>
    public Uri? BaseUri { get; set; }
}
