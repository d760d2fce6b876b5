namespace TokenMint.Trackstar;

// CUSTOM: the class summary; construction, base URL and auth come from build/templates/Client.Class.Body.liquid and TrackstarClientOptions.Resolve.
/// <summary>Client for the Trackstar API: link tokens for react-trackstar-link.</summary>
public partial class TrackstarClient
{
}
