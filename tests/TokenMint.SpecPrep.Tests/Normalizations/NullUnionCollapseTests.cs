using NUnit.Framework;
using TokenMint.SpecPrep.Normalizations;

namespace TokenMint.SpecPrep.Tests.Normalizations;

public class NullUnionCollapseTests
{
    private static readonly NullUnionCollapse Normalization = new();

    [Test]
    public void NullUnionWithRefBecomesNullableAllOf()
    {
        var schema = Normalize.Schema(Normalization, """
            anyOf:
              - $ref: '#/components/schemas/Constraints'
              - type: 'null'
            description: Operational limits.
            """);

        Documents.AssertEquivalent("""
            allOf:
              - $ref: '#/components/schemas/Constraints'
            nullable: true
            description: Operational limits.
            """, schema);
    }

    [Test]
    public void NullUnionWithRefAndSiblingsKeepsTheRefUnderAllOfAndLiftsTheSiblings()
    {
        // 3.1 allows keywords beside $ref; 3.0 ignores them, so only the $ref may stay in the allOf entry.
        var schema = Normalize.Schema(Normalization, """
            anyOf:
              - $ref: '#/components/schemas/Constraints'
                description: Operational limits.
              - type: 'null'
            """);

        Documents.AssertEquivalent("""
            allOf:
              - $ref: '#/components/schemas/Constraints'
            nullable: true
            description: Operational limits.
            """, schema);
    }

    [Test]
    public void NullUnionWithPrimitiveMergesTheBranchIntoTheSchema()
    {
        var schema = Normalize.Schema(Normalization, """
            anyOf:
              - type: string
                format: date-time
              - type: 'null'
            title: Expires At
            description: When the token expires.
            """);

        Documents.AssertEquivalent("""
            type: string
            format: date-time
            nullable: true
            title: Expires At
            description: When the token expires.
            """, schema);
    }

    [Test]
    public void SiblingDescriptionWinsOverTheBranchDescription()
    {
        var schema = Normalize.Schema(Normalization, """
            anyOf:
              - type: integer
                description: From the branch.
              - type: 'null'
            description: From the schema.
            """);

        Documents.AssertEquivalent("""
            type: integer
            nullable: true
            description: From the schema.
            """, schema);
    }

    [Test]
    public void NullFirstOneOfCollapsesToo()
    {
        var schema = Normalize.Schema(Normalization, """
            oneOf:
              - type: 'null'
              - $ref: '#/components/schemas/Metadata'
            """);

        Documents.AssertEquivalent("""
            allOf:
              - $ref: '#/components/schemas/Metadata'
            nullable: true
            """, schema);
    }

    [Test]
    public void ThreeBranchUnionKeepsAnyOfWithoutTheNullBranch()
    {
        var schema = Normalize.Schema(Normalization, """
            anyOf:
              - $ref: '#/components/schemas/Cat'
              - $ref: '#/components/schemas/Dog'
              - type: 'null'
            """);

        Documents.AssertEquivalent("""
            anyOf:
              - $ref: '#/components/schemas/Cat'
              - $ref: '#/components/schemas/Dog'
            nullable: true
            """, schema);
    }

    [Test]
    public void UnionWithoutNullIsUntouched()
    {
        const string Union = """
            anyOf:
              - $ref: '#/components/schemas/Cat'
              - $ref: '#/components/schemas/Dog'
            """;

        Documents.AssertEquivalent(Union, Normalize.Schema(Normalization, Union));
    }

    [Test]
    public void NestedNullUnionsInPropertiesCollapse()
    {
        var schema = Normalize.Schema(Normalization, """
            type: object
            properties:
              maxSessionDuration:
                anyOf:
                  - type: integer
                  - type: 'null'
                title: Maxsessionduration
            """);

        Documents.AssertEquivalent("""
            type: object
            properties:
              maxSessionDuration:
                type: integer
                nullable: true
                title: Maxsessionduration
            """, schema);
    }
}
