using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Normalizations;

namespace TokenMint.SpecPrep.Tests.Normalizations;

public class RequestBodyParameterNameTests
{
    private static JToken? BodyAfterNormalizing(string requestBodyYaml)
    {
        var document = new JObject
        {
            ["paths"] = new JObject
            {
                ["/tokens"] = new JObject
                {
                    ["summary"] = "Path items hold more than operations.",
                    ["parameters"] = new JArray(new JObject { ["name"] = "x-api-key", ["in"] = "header" }),
                    ["post"] = new JObject { ["requestBody"] = Documents.Parse(requestBodyYaml) },
                },
            },
        };
        new RequestBodyParameterName().Apply(document);
        return document.SelectToken("paths['/tokens'].post.requestBody");
    }

    [Test]
    public void RequestBodyIsNamedRequestAndRequired()
    {
        var body = BodyAfterNormalizing("""
            content:
              application/json:
                schema:
                  $ref: '#/components/schemas/TokenRequest'
            """);

        Documents.AssertEquivalent("""
            x-name: request
            required: true
            content:
              application/json:
                schema:
                  $ref: '#/components/schemas/TokenRequest'
            """, body);
    }

    [Test]
    public void NullableRequestBodyIsNamedButNotRequired()
    {
        var body = BodyAfterNormalizing("""
            content:
              application/json:
                schema:
                  allOf:
                    - $ref: '#/components/schemas/TokenRequest'
                  nullable: true
            """);

        Documents.AssertEquivalent("""
            x-name: request
            content:
              application/json:
                schema:
                  allOf:
                    - $ref: '#/components/schemas/TokenRequest'
                  nullable: true
            """, body);
    }

    [Test]
    public void ExplicitRequiredFalseIsKept()
    {
        var body = BodyAfterNormalizing("""
            required: false
            content:
              application/json:
                schema:
                  type: object
            """);

        Documents.AssertEquivalent("""
            x-name: request
            required: false
            content:
              application/json:
                schema:
                  type: object
            """, body);
    }

    [Test]
    public void ExistingNameIsKept()
    {
        var body = BodyAfterNormalizing("""
            x-name: token
            content:
              application/json:
                schema:
                  type: object
            """);

        Assert.That((string?)body?["x-name"], Is.EqualTo("token"));
    }

    [Test]
    public void OperationWithoutBodyIsUntouched()
    {
        var document = Documents.Parse("""
            paths:
              /tokens:
                get:
                  responses:
                    '200':
                      description: OK
            """);
        var before = document.DeepClone();

        new RequestBodyParameterName().Apply(document);

        Assert.That(JToken.DeepEquals(before, document), Is.True);
    }
}
