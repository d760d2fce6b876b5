using System.Collections.Generic;

namespace TokenMint;

/// <summary>
/// An operation's result together with the HTTP response it came in: what the XxxWithResponseAsync method of an operation with a
/// result returns.
/// </summary>
/// <typeparam name="T">The operation's result type.</typeparam>
public sealed class ApiResponse<T> : ApiResponse
{
    /// <summary>Creates a response, for a fake client in your tests; a TokenMint client creates its own.</summary>
    /// <param name="value">The result.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="headers">Response headers (copied; keys compare case-insensitively); null for none.</param>
    public ApiResponse(T value, int statusCode, IReadOnlyDictionary<string, IEnumerable<string>>? headers = null)
        : base(statusCode, headers)
    {
        Value = value;
    }

    /// <summary>The result, as XxxAsync returns it.</summary>
    public T Value { get; }
}
