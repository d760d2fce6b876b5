using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using Newtonsoft.Json;

namespace TokenMint.Http;

/// <summary>
/// The exact credential values a client sends, so the text of an error can be cleared of them whatever their length:
/// pattern-based redaction misses a short key echoed back ("API key trk-5e7a9c is revoked"). Built once per client from
/// its <see cref="HeaderAuthenticator"/>; only a failure reads it.
/// </summary>
internal sealed class SentCredentials
{
    /// <summary>The request property under which <see cref="HeaderAuthenticator"/> leaves the credentials it added.</summary>
    public const string RequestKey = "TokenMint.SentCredentials";

    private readonly string[] _values;

    private SentCredentials(string[] values)
    {
        _values = values;
    }

    /// <summary>Nothing to mask: a request or an exception no TokenMint client made.</summary>
    public static SentCredentials None { get; } = new([]);

    /// <summary>
    /// The header values, and for an "Authorization: Bearer key" style value the key alone; each also as it appears
    /// inside a JSON string, where '"', '\' and '/' may be escaped. Longest first, so a value is masked before a part of it.
    /// </summary>
    public static SentCredentials From(IEnumerable<string> headerValues)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in headerValues)
        {
            if (string.IsNullOrEmpty(value))
                continue;
            Add(values, value);
            if (AfterScheme(value) is { } credential)
                Add(values, credential);
        }
        return values.Count == 0 ? None : new SentCredentials(values.OrderByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal).ToArray());
    }

    /// <summary>What the authenticator stamped on <paramref name="request"/>; <see cref="None"/> when it added nothing.</summary>
    public static SentCredentials Of(HttpRequestMessage request) =>
        RequestProperties.TryGet<SentCredentials>(request, RequestKey, out var sent) ? sent : None;

    /// <summary>The credentials that travel with an exception's headers (see <see cref="LazyResponseHeaders"/>).</summary>
    public static SentCredentials Of(IReadOnlyDictionary<string, IEnumerable<string>>? headers) =>
        (headers as LazyResponseHeaders)?.Credentials ?? None;

    /// <summary>True when <paramref name="text"/> holds a credential.</summary>
    private bool OccurIn(string text)
    {
        foreach (var value in _values)
            if (text.IndexOf(value, StringComparison.Ordinal) >= 0)
                return true;
        return false;
    }

    /// <summary>
    /// <paramref name="text"/> with every credential replaced by <see cref="Redactor.Mask"/>, in one pass, so the mask
    /// itself is never searched again. The same string when none occurs.
    /// </summary>
    public string Mask(string text)
    {
        if (string.IsNullOrEmpty(text) || !OccurIn(text))
            return text;
        var masked = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var match = MatchAt(text, i);
            if (match is null)
            {
                masked.Append(text[i]);
                i++;
                continue;
            }
            masked.Append(Redactor.Mask);
            i += match.Length;
        }
        return masked.ToString();
    }

    private string? MatchAt(string text, int index)
    {
        foreach (var value in _values)
            if (value.Length <= text.Length - index && string.CompareOrdinal(text, index, value, 0, value.Length) == 0)
                return value;
        return null;
    }

    // "Bearer abc" → "abc": the credential of an Authorization-style value, whose scheme is a word of letters.
    private static string? AfterScheme(string value)
    {
        var space = value.IndexOf(' ');
        if (space <= 0 || space == value.Length - 1)
            return null;
        for (var i = 0; i < space; i++)
            if (!char.IsLetter(value[i]))
                return null;
        return value.Substring(space + 1).Trim() is { Length: > 0 } credential ? credential : null;
    }

    private static void Add(HashSet<string> values, string value)
    {
        values.Add(value);
        var escaped = JsonConvert.ToString(value);
        escaped = escaped.Substring(1, escaped.Length - 2);
        values.Add(escaped);
        values.Add(escaped.Replace("/", "\\/"));
    }
}
