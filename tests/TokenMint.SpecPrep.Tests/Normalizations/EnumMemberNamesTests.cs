using NUnit.Framework;
using TokenMint.SpecPrep.Normalizations;

namespace TokenMint.SpecPrep.Tests.Normalizations;

public class EnumMemberNamesTests
{
    private static readonly EnumMemberNames Normalization = new();

    [Test]
    public void StringEnumGetsPascalCaseMemberNames()
    {
        var schema = Normalize.Schema(Normalization, """
            type: string
            enum: [EN, INVALID_REQUEST, in_progress, camelCase, already]
            """);

        Documents.AssertEquivalent("""
            type: string
            enum: [EN, INVALID_REQUEST, in_progress, camelCase, already]
            x-enumNames: [En, InvalidRequest, InProgress, CamelCase, Already]
            """, schema);
    }

    [Test]
    public void ExistingEnumNamesAreUntouched()
    {
        const string Schema = """
            type: string
            enum: [EN, FR]
            x-enumNames: [English, French]
            """;

        Documents.AssertEquivalent(Schema, Normalize.Schema(Normalization, Schema));
    }

    [TestCase("type: integer\nenum: [1, 2, 3]")]
    [TestCase("type: string\nenum: [a, 2]")]
    public void EnumsWithNonStringValuesAreUntouched(string yaml)
    {
        Documents.AssertEquivalent(yaml, Normalize.Schema(Normalization, yaml));
    }

    [Test]
    public void PropertyNamedEnumIsNotAnEnum()
    {
        var schema = Normalize.Schema(Normalization, """
            type: object
            properties:
              enum:
                type: string
                enum: [ONE]
            """);

        Documents.AssertEquivalent("""
            type: object
            properties:
              enum:
                type: string
                enum: [ONE]
                x-enumNames: [One]
            """, schema);
    }
}
