using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TokenBroker.MockVendors;

/// <summary>Reads a YAML document (an OpenAPI page) as JSON nodes, so the mock works on one tree type.</summary>
internal static class YamlJson
{
    public static JsonNode? Parse(TextReader yaml)
    {
        var stream = new YamlStream();
        stream.Load(yaml);
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value ?? string.Empty, Convert(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    // Only an unquoted scalar can be a number, a boolean or null; a quoted one ('200') is always text.
    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value;
        if (scalar.Style is not ScalarStyle.Plain)
            return JsonValue.Create(text);
        if (text is null or "" or "~" or "null")
            return null;
        if (text is "true" or "false")
            return JsonValue.Create(text == "true");
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            return JsonValue.Create(integer);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return JsonValue.Create(number);
        return JsonValue.Create(text);
    }
}
