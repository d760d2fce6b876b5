namespace TokenMint.Http;

/// <summary>Which failures are worth another attempt, and when one may be made.</summary>
internal static class RetryRules
{
    /// <summary>
    /// 408 Request Timeout, 409 Conflict (a lock held by a concurrent request), 429 Too Many Requests, 500 and the gateway
    /// statuses 502, 503, 504. Never 400, 401, 403, 404 or 422: repeating the same request gets the same answer.
    /// </summary>
    public static bool IsRetryableStatus(int status) =>
        status is 408 or 409 or 429 or 500 or 502 or 503 or 504;

    /// <summary>Null when another attempt may be made, else why not (for the log).</summary>
    /// <param name="attempt">The attempt that just failed, from 1.</param>
    /// <param name="maxAttempts">MaxRetries + 1.</param>
    /// <param name="canRepeat">The operation is safe to repeat, or the request carries an idempotency key.</param>
    /// <param name="beforeSend">The request cannot have been processed: the connection was refused, or the server answered 429.</param>
    public static string? WhyNot(int attempt, int maxAttempts, bool canRepeat, bool beforeSend)
    {
        if (attempt >= maxAttempts)
            return maxAttempts == 1 ? "retries are off (MaxRetries = 0)" : $"no retries left (MaxRetries = {maxAttempts - 1})";
        if (!canRepeat && !beforeSend)
            return "the operation may create a duplicate and the request has no idempotency key";
        return null;
    }
}
