using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http;

namespace TokenMint.Http;

/// <summary>
/// A response's headers as the dictionary <see cref="ApiException"/> takes, copied on first read. A successful call never
/// reads them, so it never pays for the copy; an exception reads them in its constructor, while the response is still alive.
/// It also carries the credentials the request was sent with: the generated code hands this dictionary to every
/// ApiException it builds (a constructor signature NSwag fixes), so that is how the exception learns what to mask.
/// </summary>
internal sealed class LazyResponseHeaders(HttpResponseMessage response, SentCredentials credentials) : IReadOnlyDictionary<string, IEnumerable<string>>
{
    // The response until the first read, then the copy: one field, so the object a call allocates stays the size it was.
    private object _source = response;

    public SentCredentials Credentials { get; } = credentials;

    private IReadOnlyDictionary<string, IEnumerable<string>> Headers
    {
        get
        {
            if (_source is HttpResponseMessage response)
                _source = ResponseHeaders.Of(response);
            return (IReadOnlyDictionary<string, IEnumerable<string>>)_source;
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
