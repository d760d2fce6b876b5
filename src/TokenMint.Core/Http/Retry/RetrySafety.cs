namespace TokenMint.Http;

/// <summary>
/// Whether repeating an operation is harmless. Each vendor overlay classifies every operation with
/// <c>x-tokenmint-retry</c>; the generated client stamps the class on the request for <see cref="RetryHandler"/>.
/// </summary>
internal enum RetrySafety
{
    /// <summary>
    /// A repeat has no lasting effect (minting a link or client token: a spare token expires unused),
    /// so every transient failure is retried.
    /// </summary>
    Safe,

    /// <summary>
    /// A repeat may create a second resource (Deck's POST /connections). Retried only when the request cannot have been
    /// processed (the connection was refused before sending, or HTTP 429), unless it carries an idempotency key.
    /// </summary>
    Unsafe,
}
