namespace TokenMint.Decart;

// CUSTOM: the class summary; construction, base URL and auth come from build/templates/Client.Class.Body.liquid and DecartClientOptions.Resolve.
/// <summary>Client for the Decart API: short-lived client tokens for browser sessions.</summary>
public partial class DecartClient
{
}
