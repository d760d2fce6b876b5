using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http;

namespace TokenMint.Http;

/// <summary>
/// A response's headers as the dictionary <see cref="ApiException"/> takes, copied on first read. A successful call never
/// reads them, so it never pays for the copy; an exception reads them in its constructor, while the response is still alive.
/// </summary>
internal sealed class LazyResponseHeaders(HttpResponseMessage response) : IReadOnlyDictionary<string, IEnumerable<string>>
{
    private HttpResponseMessage? _response = response;
    private IReadOnlyDictionary<string, IEnumerable<string>>? _headers;

    private IReadOnlyDictionary<string, IEnumerable<string>> Headers
    {
        get
        {
            if (_headers is null)
            {
                _headers = ResponseHeaders.Of(_response!);
                _response = null;
            }
            return _headers;
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
