using System;
using System.Text.RegularExpressions;
using Newtonsoft.Json;

namespace TokenMint.Http;

/// <summary>
/// Json.NET's messages can quote the value it failed on ("Error converting value "tok_…""), which may be a token.
/// The exception keeps only where the body went wrong, and the safe "required property" messages.
/// </summary>
internal static class SafeInner
{
    private static readonly Regex RequiredProperty = new(
        @"^Required property '[^']{1,100}' (not found in JSON|expects a non-null value)", RegexOptions.CultureInvariant);

    // The path can hold a member name the server chose, so it may echo a credential.
    public static Exception? From(Exception? inner, SentCredentials credentials) => inner switch
    {
        null => null,
        JsonException json => new ResponseFormatException(credentials.Mask(Detail(json)!)),
        _ => inner,
    };

    public static string? Detail(Exception? inner)
    {
        if (inner is not JsonException json)
            return null;
        var required = RequiredProperty.Match(json.Message);
        var what = required.Success ? required.Value + "." : "The body is not valid JSON for this type.";
        return json switch
        {
            JsonReaderException reader => $"{what} Path '{reader.Path}', line {reader.LineNumber}, position {reader.LinePosition}.",
            JsonSerializationException serialization => $"{what} Path '{serialization.Path}', line {serialization.LineNumber}, position {serialization.LinePosition}.",
            _ => what,
        };
    }
}
