using System;
using System.Collections.Generic;

namespace TokenMint;

/// <summary>
/// The server asked the client to wait longer before retrying (Retry-After or retry-after-ms) than
/// <see cref="ClientOptions.MaxRetryAfter"/> allows, so the call failed at once instead of waiting.
/// </summary>
public sealed class RetryAfterTooLongException : ApiException
{
    /// <summary>Creates the exception for the response that asked for the wait.</summary>
    internal RetryAfterTooLongException(TimeSpan retryAfter, TimeSpan maxRetryAfter, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers)
        : base(
            $"The server asked to retry after {Durations.Format(retryAfter)}, longer than ClientOptions.MaxRetryAfter ({Durations.Format(maxRetryAfter)}); not waiting.",
            statusCode, response, headers, null)
    {
        RetryAfter = retryAfter;
        MaxRetryAfter = maxRetryAfter;
    }

    /// <summary>How long the server asked the client to wait.</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>The longest wait the client was configured to accept.</summary>
    public TimeSpan MaxRetryAfter { get; }
}
