using NUnit.Framework;
using TokenMint.SpecPrep.Normalizations;

namespace TokenMint.SpecPrep.Tests.Normalizations;

public class TypeArrayCollapseTests
{
    private static readonly TypeArrayCollapse Normalization = new();

    [Test]
    public void TypeArrayWithNullBecomesNullableSingleType()
    {
        var schema = Normalize.Schema(Normalization, """
            type: [string, 'null']
            maxLength: 10
            """);

        Documents.AssertEquivalent("""
            type: string
            nullable: true
            maxLength: 10
            """, schema);
    }

    [Test]
    public void NullFirstTypeArrayBecomesNullableSingleType()
    {
        var schema = Normalize.Schema(Normalization, "type: ['null', integer]");

        Documents.AssertEquivalent("""
            type: integer
            nullable: true
            """, schema);
    }

    [Test]
    public void SingleTypeArrayBecomesAPlainType()
    {
        var schema = Normalize.Schema(Normalization, "type: [boolean]");

        Documents.AssertEquivalent("type: boolean", schema);
    }

    [Test]
    public void TypeArrayOfOnlyNullDropsTheTypeAndIsNullable()
    {
        var schema = Normalize.Schema(Normalization, "type: ['null']");

        Documents.AssertEquivalent("nullable: true", schema);
    }

    [Test]
    public void SeveralTypesAndNullKeepTheTypesWithoutNull()
    {
        var schema = Normalize.Schema(Normalization, "type: [string, integer, 'null']");

        Documents.AssertEquivalent("""
            type: [string, integer]
            nullable: true
            """, schema);
    }

    [Test]
    public void SeveralTypesWithoutNullAreUntouched()
    {
        var schema = Normalize.Schema(Normalization, "type: [string, integer]");

        Documents.AssertEquivalent("type: [string, integer]", schema);
    }

    [Test]
    public void PropertyNamedTypeIsNotMistakenForATypeArray()
    {
        const string Schema = """
            type: object
            properties:
              type:
                type: string
                enum: [a, b]
            """;

        Documents.AssertEquivalent(Schema, Normalize.Schema(Normalization, Schema));
    }

    [Test]
    public void TypeArraysInNestedSchemasCollapse()
    {
        var schema = Normalize.Schema(Normalization, """
            type: array
            items:
              type: [number, 'null']
            """);

        Documents.AssertEquivalent("""
            type: array
            items:
              type: number
              nullable: true
            """, schema);
    }
}
