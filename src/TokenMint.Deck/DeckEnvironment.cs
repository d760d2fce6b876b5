namespace TokenMint.Deck;

/// <summary>Which Deck environment a client talks to.</summary>
public enum DeckEnvironment
{
    /// <summary>https://live.deck.co/api/v1, the default.</summary>
    Live,

    /// <summary>https://sandbox.deck.co/api/v1 (Enterprise plans).</summary>
    Sandbox,
}
