namespace TokenMint.Http;

/// <summary>Headers the TokenMint clients set themselves.</summary>
internal static class TokenMintHeaders
{
    /// <summary>The attempt's number, from 0 for the first attempt (like Stainless SDKs' x-stainless-retry-count).</summary>
    public const string RetryCount = "x-tokenmint-retry-count";

    /// <summary>Carries <see cref="RequestOptions.IdempotencyKey"/>, the same on every attempt.</summary>
    public const string IdempotencyKey = "Idempotency-Key";
}
