using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace TokenMint.Http;

/// <summary>
/// A read-only header dictionary whose contents are made only when first read; subclasses say where they come from.
/// One implementation of the dictionary members for every deferred header view (exceptions, ApiResponse).
/// </summary>
internal abstract class DeferredHeaders : IReadOnlyDictionary<string, IEnumerable<string>>
{
    /// <summary>The headers, made on first read (case-insensitive keys).</summary>
    protected abstract IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

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
