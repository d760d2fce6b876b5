using NUnit.Framework;
using TokenMint.SpecPrep.Normalizations;

namespace TokenMint.SpecPrep.Tests.Normalizations;

public class PrimitiveUnionsToAnyTests
{
    private static readonly PrimitiveUnionsToAny Normalization = new();

    [Test]
    public void UnionOfPrimitivesBecomesAnUntypedValueDescribedByItsKinds()
    {
        var schema = Normalize.Schema(Normalization, """
            anyOf:
              - type: string
              - type: integer
                format: int32
            """);

        Documents.AssertEquivalent("description: A string or integer.", schema);
    }

    [Test]
    public void OneOfOfPrimitivesBecomesAnUntypedValueToo()
    {
        var schema = Normalize.Schema(Normalization, """
            oneOf:
              - type: number
              - type: boolean
                description: A flag.
            """);

        Documents.AssertEquivalent("description: A number or boolean.", schema);
    }

    [Test]
    public void ExistingDescriptionIsKept()
    {
        var schema = Normalize.Schema(Normalization, """
            anyOf:
              - type: string
              - type: integer
            description: The customer's id, as sent.
            title: Id
            """);

        Documents.AssertEquivalent("""
            description: The customer's id, as sent.
            title: Id
            """, schema);
    }

    [Test]
    public void UnionWithARefBranchIsUntouched()
    {
        const string Union = """
            anyOf:
              - type: string
              - $ref: '#/components/schemas/Customer'
            """;

        Documents.AssertEquivalent(Union, Normalize.Schema(Normalization, Union));
    }

    [Test]
    public void UnionWithAConstrainedBranchIsUntouched()
    {
        const string Union = """
            anyOf:
              - type: string
                enum: [auto]
              - type: integer
            """;

        Documents.AssertEquivalent(Union, Normalize.Schema(Normalization, Union));
    }

    [Test]
    public void SingleBranchIsUntouched()
    {
        const string Union = """
            anyOf:
              - type: string
            """;

        Documents.AssertEquivalent(Union, Normalize.Schema(Normalization, Union));
    }
}
