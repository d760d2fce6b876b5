using NUnit.Framework;
using TokenMint.SpecPrep.Normalizations;

namespace TokenMint.SpecPrep.Tests.Normalizations;

public class OpenDictionariesTests
{
    private static readonly OpenDictionaries Normalization = new();

    [Test]
    public void FreeFormObjectBecomesADictionaryOfAnything()
    {
        var schema = Normalize.Schema(Normalization, """
            type: object
            additionalProperties: true
            """);

        Documents.AssertEquivalent("""
            type: object
            additionalProperties: {}
            """, schema);
    }

    [Test]
    public void EmptyPropertiesMapCountsAsNoProperties()
    {
        var schema = Normalize.Schema(Normalization, """
            type: object
            properties: {}
            additionalProperties: true
            """);

        Documents.AssertEquivalent("""
            type: object
            properties: {}
            additionalProperties: {}
            """, schema);
    }

    [Test]
    public void ObjectWithPropertiesKeepsAdditionalPropertiesTrue()
    {
        const string Schema = """
            type: object
            properties:
              id:
                type: string
            additionalProperties: true
            """;

        Documents.AssertEquivalent(Schema, Normalize.Schema(Normalization, Schema));
    }

    [TestCase("additionalProperties: false")]
    [TestCase("additionalProperties: {type: string}")]
    public void ClosedOrTypedObjectsAreUntouched(string additionalProperties)
    {
        var yaml = "type: object\n" + additionalProperties;

        Documents.AssertEquivalent(yaml, Normalize.Schema(Normalization, yaml));
    }
}
