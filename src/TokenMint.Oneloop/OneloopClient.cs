namespace TokenMint.Oneloop;

// CUSTOM: the class summary; construction, base URL and auth come from build/templates/Client.Class.Body.liquid and OneloopClientOptions.Resolve.
/// <summary>Client for the Oneloop API: link tokens.</summary>
public partial class OneloopClient
{
}
