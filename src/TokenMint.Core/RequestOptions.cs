using System;
using System.Collections.Generic;

namespace TokenMint;

/// <summary>Settings for one call, passed to an operation's overload that takes them.</summary>
public sealed class RequestOptions
{
    /// <summary>
    /// Sent as the Idempotency-Key header, the same value on every attempt. Use one key per logical operation
    /// (for example a Guid you store with your own record). With a key, an operation that could create a duplicate
    /// (Deck's CreateConnection) is retried like any other, as the vendor can recognise the repeat.
    /// </summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>
    /// Extra headers for this call, such as a tracing id. They add to the request; they cannot replace a header the
    /// client sets itself (credentials, Accept, Content-Type, Idempotency-Key, x-tokenmint-retry-count): that is an
    /// <see cref="ArgumentException"/>.
    /// </summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
