using NUnit.Framework;
using TokenMint.SpecPrep.Normalizations;

namespace TokenMint.SpecPrep.Tests.Normalizations;

public class IntegerWideningTests
{
    private static readonly IntegerWidening Normalization = new();

    [Test]
    public void IntegerWithoutFormatBecomesInt64()
    {
        var schema = Normalize.Schema(Normalization, "type: integer");

        Documents.AssertEquivalent("""
            type: integer
            format: int64
            """, schema);
    }

    [Test]
    public void Int32FormatIsKept()
    {
        var schema = Normalize.Schema(Normalization, """
            type: integer
            format: int32
            """);

        Documents.AssertEquivalent("""
            type: integer
            format: int32
            """, schema);
    }

    [Test]
    public void NumberWithoutFormatIsUntouched()
    {
        var schema = Normalize.Schema(Normalization, "type: number");

        Documents.AssertEquivalent("type: number", schema);
    }

    [Test]
    public void PropertyNamedTypeInAPropertiesMapIsNotAKeyword()
    {
        var schema = Normalize.Schema(Normalization, """
            type: object
            properties:
              type:
                type: string
              count:
                type: integer
            """);

        Documents.AssertEquivalent("""
            type: object
            properties:
              type:
                type: string
              count:
                type: integer
                format: int64
            """, schema);
    }

    [Test]
    public void IntegerPropertyNamedTypeIsWidenedButItsPropertiesMapIsNot()
    {
        var schema = Normalize.Schema(Normalization, """
            type: object
            properties:
              type:
                type: integer
            """);

        Documents.AssertEquivalent("""
            type: object
            properties:
              type:
                type: integer
                format: int64
            """, schema);
    }
}
