using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;

namespace TokenMint.Http;

/// <summary>
/// A response's headers for <see cref="ApiResponse{T}"/>: the response's own header collection, kept when the response arrived and
/// merged into a case-insensitive dictionary on first read, so a caller who never reads them pays for no copy. That collection
/// outlives the response's disposal and refers to nothing else. The content headers come already copied
/// (<see cref="Telemetry.OperationCall.Responded"/>): <see cref="HttpContentHeaders"/> refers to its content, which would keep
/// the whole body (a minted token, a buffered byte[]) alive for as long as the ApiResponse.
/// </summary>
internal sealed class CapturedResponseHeaders(HttpResponseHeaders response, KeyValuePair<string, IEnumerable<string>>[] content) : IReadOnlyDictionary<string, IEnumerable<string>>
{
    private readonly object _gate = new();
    private HttpResponseHeaders? _response = response;
    private KeyValuePair<string, IEnumerable<string>>[]? _content = content;
    private IReadOnlyDictionary<string, IEnumerable<string>>? _copy;

    private IReadOnlyDictionary<string, IEnumerable<string>> Headers
    {
        get
        {
            var copy = _copy;
            if (copy is not null)
                return copy;
            // HttpHeaders parse values lazily and are not safe to read from two threads at once: one copy, under the lock.
            lock (_gate)
            {
                if (_copy is null)
                {
                    _copy = ResponseHeaders.Of(_response!, _content);
                    _response = null;
                    _content = null;
                }
                return _copy;
            }
        }
    }

    public IEnumerable<string> this[string key] => Headers[key];

    public IEnumerable<string> Keys => Headers.Keys;

    public IEnumerable<IEnumerable<string>> Values => Headers.Values;

    public int Count => Headers.Count;

    public bool ContainsKey(string key) => Headers.ContainsKey(key);

#if NET8_0_OR_GREATER
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IEnumerable<string> value) => Headers.TryGetValue(key, out value);
#else
    public bool TryGetValue(string key, out IEnumerable<string> value) => Headers.TryGetValue(key, out value!);
#endif

    public IEnumerator<KeyValuePair<string, IEnumerable<string>>> GetEnumerator() => Headers.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
