using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace TokenMint.SpecPrep.Tests;

public class YamlJsonTests
{
    private static JToken Value(string yamlScalar) => YamlJson.ParseObject("value: " + yamlScalar, "test")["value"]!;

    [TestCase("'200'")]
    [TestCase("\"200\"")]
    public void QuotedNumberStaysAString(string scalar)
    {
        var value = Value(scalar);

        Assert.That(value.Type, Is.EqualTo(JTokenType.String));
        Assert.That((string?)value, Is.EqualTo("200"));
    }

    [TestCase("200", 200L)]
    [TestCase("-7", -7L)]
    [TestCase("0", 0L)]
    public void PlainIntegerIsAnInteger(string scalar, long expected)
    {
        var value = Value(scalar);

        Assert.That(value.Type, Is.EqualTo(JTokenType.Integer));
        Assert.That((long)value, Is.EqualTo(expected));
    }

    [TestCase("1.5", 1.5)]
    [TestCase("-0.25", -0.25)]
    [TestCase("1e3", 1000.0)]
    public void PlainFloatIsAFloat(string scalar, double expected)
    {
        var value = Value(scalar);

        Assert.That(value.Type, Is.EqualTo(JTokenType.Float));
        Assert.That((double)value, Is.EqualTo(expected));
    }

    [TestCase("3.1.0")]
    [TestCase("2024-01-31")]
    [TestCase("v1")]
    public void VersionLikeScalarsStayStrings(string scalar)
    {
        var value = Value(scalar);

        Assert.That(value.Type, Is.EqualTo(JTokenType.String));
        Assert.That((string?)value, Is.EqualTo(scalar));
    }

    [TestCase("'null'")]
    [TestCase("\"null\"")]
    public void QuotedNullIsTheStringNull(string scalar)
    {
        var value = Value(scalar);

        Assert.That(value.Type, Is.EqualTo(JTokenType.String));
        Assert.That((string?)value, Is.EqualTo("null"));
    }

    [TestCase("null")]
    [TestCase("~")]
    [TestCase("")]
    public void PlainNullIsNull(string scalar)
    {
        Assert.That(Value(scalar).Type, Is.EqualTo(JTokenType.Null));
    }

    [TestCase("true", true)]
    [TestCase("True", true)]
    [TestCase("false", false)]
    [TestCase("FALSE", false)]
    public void PlainTrueAndFalseAreBooleans(string scalar, bool expected)
    {
        var value = Value(scalar);

        Assert.That(value.Type, Is.EqualTo(JTokenType.Boolean));
        Assert.That((bool)value, Is.EqualTo(expected));
    }

    [Test]
    public void QuotedTrueIsAString()
    {
        Assert.That(Value("'true'").Type, Is.EqualTo(JTokenType.String));
    }

    [Test]
    public void BlockScalarStaysAStringEvenWhenItLooksLikeANumber()
    {
        var document = YamlJson.ParseObject("value: |\n  200\n", "test");

        Assert.That(document["value"]!.Type, Is.EqualTo(JTokenType.String));
        Assert.That((string?)document["value"], Is.EqualTo("200\n"));
    }

    [Test]
    public void NestedMapsAndListsBecomeObjectsAndArrays()
    {
        var document = YamlJson.Parse("""
            responses:
              '200':
                description: OK
            required:
              - id
              - name
            servers:
              - url: https://example.com
                variables:
                  port: {default: 443}
            """);

        Assert.That(JToken.DeepEquals(document, JObject.Parse("""
            {
              "responses": { "200": { "description": "OK" } },
              "required": ["id", "name"],
              "servers": [{ "url": "https://example.com", "variables": { "port": { "default": 443 } } }]
            }
            """)), Is.True, document.ToString());
    }

    [Test]
    public void JsonIsReadAsYaml()
    {
        var document = YamlJson.ParseObject("""{"openapi": "3.0.0", "count": 2, "flags": [true, null]}""", "test");

        Assert.That(JToken.DeepEquals(document, JObject.Parse("""{"openapi": "3.0.0", "count": 2, "flags": [true, null]}""")), Is.True,
            document.ToString());
    }

    [Test]
    public void TwoDocumentsThrow()
    {
        var error = Assert.Throws<SpecException>(() => YamlJson.Parse("a: 1\n---\nb: 2\n"));

        Assert.That(error!.Message, Does.Contain("found 2"));
    }

    [Test]
    public void EmptyTextThrows()
    {
        Assert.Throws<SpecException>(() => YamlJson.Parse(""));
    }

    [Test]
    public void ParseObjectRejectsAListNamingTheSource()
    {
        var error = Assert.Throws<SpecException>(() => YamlJson.ParseObject("- a\n- b\n", "pets.yaml"));

        Assert.That(error!.Message, Does.Contain("pets.yaml"));
    }

    [Test]
    public void MalformedYamlNamesTheFileLineAndColumn()
    {
        var error = Assert.Throws<SpecException>(() => YamlJson.Parse("openapi: 3.1.0\ninfo:\n  title: [Pets API\n", "pets.yaml"));

        Assert.That(error!.Message, Does.StartWith("pets.yaml, line 4, column 1: not valid YAML or JSON: "));
        Assert.That(error.Message, Does.Not.Contain("Idx:"), "The position is given once, in words.");
    }

    [Test]
    public void LineOfYamlInsideAPageCountsFromThePagesFirstLine()
    {
        var error = Assert.Throws<SpecException>(() => YamlJson.Parse("openapi: 3.1.0\ninfo: {title: x\n", "page.md", firstLine: 12));

        Assert.That(error!.Message, Does.StartWith("page.md, line 14, column 1: "));
    }
}
