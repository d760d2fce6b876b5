namespace TokenMint.Deck;

// CUSTOM: the class summary; construction, base URL and auth come from build/templates/Client.Class.Body.liquid and DeckClientOptions.Resolve.
/// <summary>Client for the Deck API: link tokens for the Auth SDK, and connections.</summary>
public partial class DeckClient
{
}
