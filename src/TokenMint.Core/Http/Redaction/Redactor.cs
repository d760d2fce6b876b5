using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TokenMint.Http;

/// <summary>Turns a response body into a short excerpt that is safe to log: no token, key, secret or password.</summary>
internal static class Redactor
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
    public static string Excerpt(string? body) => Excerpt(body, SentCredentials.None);

    /// <summary>True when a header or field of this name carries a credential or token.</summary>
    public static bool IsSensitiveName(string name) => SensitiveName.IsMatch(name);

    /// <summary>As <see cref="Excerpt(string?)"/>, also masking the exact <paramref name="credentials"/> the client sent, however short.</summary>
    internal static string Excerpt(string? body, SentCredentials credentials)
    {
        if (string.IsNullOrEmpty(body))
            return string.Empty;
        // The whole body first, so a credential that straddles the inspection limit is not left half shown.
        var text = credentials.Mask(body!);
        var inspected = text.Length > MaxInspectedLength ? text.Substring(0, MaxInspectedLength) : text;
        var redacted = TryRedactJson(inspected, credentials) ?? RedactText(inspected);
        return redacted.Length > MaxExcerptLength ? redacted.Substring(0, MaxExcerptLength) + "…" : redacted;
    }

    /// <summary>
    /// An error body made safe to deserialize into the typed <c>Error</c> payload: every string under a member named like a
    /// credential becomes <see cref="Mask"/>, and the exact <paramref name="credentials"/> are masked in every other string and
    /// member name. Only strings change, so the body still fits its model; numbers, booleans and structure are left alone,
    /// and no pattern is applied, so error codes and ids stay usable. The same text when nothing needed masking.
    /// </summary>
    /// <exception cref="JsonException">The body is not JSON, so it cannot be a payload either.</exception>
    internal static string RedactPayload(string json, SentCredentials credentials)
    {
        var root = ReadJson(json);
        var changed = false;
        foreach (var property in Properties(root).ToList())
        {
            if (IsSensitiveName(property.Name))
            {
                foreach (var value in StringsOf(property.Value).ToList())
                {
                    changed |= (string?)value.Value != Mask;
                    value.Value = Mask;
                }
            }
        }
        foreach (var value in StringsOf(root).ToList())
        {
            var text = (string)value.Value!;
            var masked = credentials.Mask(text);
            if (!ReferenceEquals(masked, text))
            {
                value.Value = masked;
                changed = true;
            }
        }
        changed |= MaskNames(root, credentials);
        return changed ? root.ToString(Formatting.None) : json;
    }

    private static string? TryRedactJson(string text, SentCredentials credentials)
    {
        JToken root;
        try
        {
            root = ReadJson(text);
        }
        catch (JsonException)
        {
            return null;
        }
        foreach (var property in Properties(root).ToList())
        {
            if (IsSensitiveName(property.Name))
                property.Value = Mask;
        }
        foreach (var value in StringsOf(root).ToList())
            value.Value = OpaqueToken.Replace(credentials.Mask((string)value.Value!), Mask);
        MaskNames(root, credentials);
        return root.ToString(Formatting.None);
    }

    // The first JSON value of the text, as the deserializer reads it; dates stay strings, as they were sent.
    private static JToken ReadJson(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    // A member whose name is a credential ({"trk-5e7a9c": "revoked"}) is renamed, or dropped if the masked name is taken.
    // Last member first, so a member inside a renamed one is renamed before its parent is copied under the new name.
    private static bool MaskNames(JToken root, SentCredentials credentials)
    {
        var changed = false;
        foreach (var property in Properties(root).Reverse().ToList())
        {
            var name = credentials.Mask(property.Name);
            if (ReferenceEquals(name, property.Name))
                continue;
            if (property.Parent is JObject parent && !parent.ContainsKey(name))
                property.Replace(new JProperty(name, property.Value));
            else
                property.Remove();
            changed = true;
        }
        return changed;
    }

    private static string RedactText(string text) =>
        OpaqueToken.Replace(SensitivePair.Replace(text, m => m.Groups[1].Value + "\"" + Mask + "\""), Mask);

    private static IEnumerable<JProperty> Properties(JToken root) =>
        root is JContainer container ? container.Descendants().OfType<JProperty>() : [];

    private static IEnumerable<JValue> StringsOf(JToken token) =>
        (token is JContainer container ? container.Descendants().OfType<JValue>() : token is JValue value ? [value] : [])
        .Where(v => v.Type == JTokenType.String);
}
