using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TokenMint.Http;

/// <summary>Turns a response body into a short excerpt that is safe to log: no token, key, secret or password.</summary>
public static class Redactor
{
    /// <summary>The most characters of body an excerpt keeps.</summary>
    public const int MaxExcerptLength = 512;

    /// <summary>What replaces a sensitive value.</summary>
    public const string Mask = "[REDACTED]";

    private const int MaxInspectedLength = 64 * 1024;

    private static readonly Regex SensitiveName = new(
        "token|secret|key|password|passwd|credential|authorization|session|cookie|signature",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "name": "value" pairs in text that is not (complete) JSON.
    private static readonly Regex SensitivePair = new(
        "(\"[^\"]*(?:token|secret|key|password|passwd|credential|authorization|session|cookie|signature)[^\"]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*(\"|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Long opaque strings (JWTs, API keys) wherever they appear.
    private static readonly Regex OpaqueToken = new(@"(?:[A-Za-z0-9_\-]{8,}\.){2}[A-Za-z0-9_\-]{8,}|[A-Za-z0-9_\-]{24,}", RegexOptions.CultureInvariant);

    /// <summary>Redacts and shortens <paramref name="body"/>; empty for no body.</summary>
    public static string Excerpt(string? body)
    {
        if (string.IsNullOrEmpty(body))
            return string.Empty;
        var inspected = body!.Length > MaxInspectedLength ? body.Substring(0, MaxInspectedLength) : body;
        var redacted = TryRedactJson(inspected) ?? RedactText(inspected);
        return redacted.Length > MaxExcerptLength ? redacted.Substring(0, MaxExcerptLength) + "…" : redacted;
    }

    /// <summary>True when a header or field of this name carries a credential or token.</summary>
    public static bool IsSensitiveName(string name) => SensitiveName.IsMatch(name);

    private static string? TryRedactJson(string text)
    {
        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            root = JToken.ReadFrom(reader);
        }
        catch (JsonException)
        {
            return null;
        }
        foreach (var property in root.DescendantsAndSelfProperties().Where(p => IsSensitiveName(p.Name)).ToList())
            property.Value = Mask;
        foreach (var value in root.DescendantsAndSelfValues().Where(v => v.Type == JTokenType.String).ToList())
            value.Value = OpaqueToken.Replace((string)value.Value!, Mask);
        return root.ToString(Formatting.None);
    }

    private static string RedactText(string text) =>
        OpaqueToken.Replace(SensitivePair.Replace(text, m => m.Groups[1].Value + "\"" + Mask + "\""), Mask);

    private static System.Collections.Generic.IEnumerable<JProperty> DescendantsAndSelfProperties(this JToken root) =>
        root is JContainer container ? container.Descendants().OfType<JProperty>() : Enumerable.Empty<JProperty>();

    private static System.Collections.Generic.IEnumerable<JValue> DescendantsAndSelfValues(this JToken root) =>
        root is JContainer container ? container.Descendants().OfType<JValue>() : root is JValue value ? [value] : Enumerable.Empty<JValue>();
}
