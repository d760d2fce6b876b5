using NUnit.Framework;
using TokenMint.SpecPrep.Normalizations;

namespace TokenMint.SpecPrep.Tests.Normalizations;

/// <summary>The normalizations together: each must see what the earlier ones produced.</summary>
public class NormalizerTests
{
    [Test]
    public void NullableRequestBodyUnionIsNotRequiredAfterAllNormalizations()
    {
        var document = Documents.Parse("""
            openapi: 3.1.0
            paths:
              /v1/client/tokens:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          anyOf:
                            - $ref: '#/components/schemas/ClientTokenRequest'
                            - type: 'null'
                          title: Body
            """);

        Normalizer.Apply(document);

        Documents.AssertEquivalent("""
            x-name: request
            content:
              application/json:
                schema:
                  allOf:
                    - $ref: '#/components/schemas/ClientTokenRequest'
                  nullable: true
                  title: Body
            """, document.SelectToken("paths['/v1/client/tokens'].post.requestBody"));
        Assert.That((string?)document["openapi"], Is.EqualTo("3.0.3"));
    }

    [Test]
    public void NullablePrimitiveUnionBecomesANullableUntypedValue()
    {
        var document = Documents.Parse("""
            components:
              schemas:
                Id:
                  anyOf:
                    - type: string
                    - type: integer
                    - type: 'null'
            """);

        Normalizer.Apply(document);

        Documents.AssertEquivalent("""
            nullable: true
            description: A string or integer.
            """, document.SelectToken("components.schemas.Id"));
    }

    [Test]
    public void NullableIntegerTypeArrayBecomesANullableInt64()
    {
        var document = Documents.Parse("""
            components:
              schemas:
                Count:
                  type: [integer, 'null']
            """);

        Normalizer.Apply(document);

        Documents.AssertEquivalent("""
            type: integer
            format: int64
            nullable: true
            """, document.SelectToken("components.schemas.Count"));
    }
}
