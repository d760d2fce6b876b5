using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TokenMint.SpecPrep;

/// <summary>Reads YAML (or JSON, which is YAML) into a JSON tree, typing plain scalars by the YAML 1.2 core schema.</summary>
public static class YamlJson
{
    private static readonly Regex MarkPrefix = new(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

    /// <param name="what">The file (or page) the text came from, for error messages.</param>
    /// <param name="firstLine">The line of <paramref name="what"/> the text starts on (a page's YAML fence starts below its prose).</param>
    public static JToken Parse(string text, string what = "the document", int firstLine = 1)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException error)
        {
            // YamlDotNet counts from 1; the message repeats the position in its own format, so it is dropped for ours.
            var line = error.Start.Line + firstLine - 1;
            throw new SpecException($"{what}, line {line}, column {error.Start.Column}: not valid YAML or JSON: {MarkPrefix.Replace(error.Message, string.Empty)}");
        }
        if (stream.Documents.Count != 1)
            throw new SpecException($"{what}: expected one YAML document, found {stream.Documents.Count}.");
        return Convert(stream.Documents[0].RootNode);
    }

    public static JObject ParseObject(string text, string what, int firstLine = 1) =>
        Parse(text, what, firstLine) as JObject ?? throw new SpecException($"{what} is not a YAML/JSON object.");

    private static JToken Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JObject(map.Children.Select(kv =>
            new JProperty(((YamlScalarNode)kv.Key).Value ?? string.Empty, Convert(kv.Value)))),
        YamlSequenceNode seq => new JArray(seq.Children.Select(Convert)),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => throw new SpecException($"Unsupported YAML node at {node.Start}."),
    };

    private static JToken ConvertScalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
            return new JValue(value);
        switch (value)
        {
            case "null" or "Null" or "NULL" or "~" or "": return JValue.CreateNull();
            case "true" or "True" or "TRUE": return new JValue(true);
            case "false" or "False" or "FALSE": return new JValue(false);
        }
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            return new JValue(integer);
        if (LooksNumeric(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
            return new JValue(real);
        return new JValue(value);
    }

    private static bool LooksNumeric(string value) =>
        value.Length > 0 && (char.IsDigit(value[0]) || value[0] is '-' or '+' or '.') && value.Any(char.IsDigit);
}
