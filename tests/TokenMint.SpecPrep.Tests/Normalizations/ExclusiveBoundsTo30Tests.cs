using NUnit.Framework;
using TokenMint.SpecPrep.Normalizations;

namespace TokenMint.SpecPrep.Tests.Normalizations;

public class ExclusiveBoundsTo30Tests
{
    private static readonly ExclusiveBoundsTo30 Normalization = new();

    [Test]
    public void NumericExclusiveMinimumBecomesMinimumWithTheBooleanFlag()
    {
        var schema = Normalize.Schema(Normalization, """
            type: integer
            exclusiveMinimum: 0
            """);

        Documents.AssertEquivalent("""
            type: integer
            minimum: 0
            exclusiveMinimum: true
            """, schema);
    }

    [Test]
    public void NumericExclusiveMaximumBecomesMaximumWithTheBooleanFlag()
    {
        var schema = Normalize.Schema(Normalization, """
            type: number
            exclusiveMaximum: 1.5
            """);

        Documents.AssertEquivalent("""
            type: number
            maximum: 1.5
            exclusiveMaximum: true
            """, schema);
    }

    [Test]
    public void BooleanFormOf30IsUntouched()
    {
        const string Schema = """
            type: number
            minimum: 0
            exclusiveMinimum: true
            maximum: 10
            exclusiveMaximum: false
            """;

        Documents.AssertEquivalent(Schema, Normalize.Schema(Normalization, Schema));
    }
}
