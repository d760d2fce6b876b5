namespace TokenMint.Deck;

/// <summary>Which Deck environment a client talks to.</summary>
public enum DeckEnvironment
{
    /// <summary>Deck's live API, the spec's first server; the default.</summary>
    Live,

    /// <summary>Deck's sandbox (Enterprise plans), the spec's second server.</summary>
    Sandbox,
}
