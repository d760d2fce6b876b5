using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace TokenMint.SpecPrep.Tests;

public class SpecMergerTests
{
    private const string CreateToken = """
        openapi: 3.0.4
        info:
          title: Deck API
          version: v1
        servers:
          - url: https://live.deck.co/api/v1
        tags:
          - name: Auth
        paths:
          /link/token/create:
            post:
              operationId: CreateToken
              responses:
                '400':
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Error'
        components:
          schemas:
            Error:
              type: object
              properties:
                code:
                  type: string
          securitySchemes:
            client_id:
              type: apiKey
              in: header
              name: x-deck-client-id
        """;

    private const string CreateConnection = """
        openapi: 3.0.4
        info:
          title: Deck API
          version: v1
        servers:
          - url: https://live.deck.co/api/v1
          - url: https://sandbox.deck.co/api/v1
        tags:
          - name: Auth
          - name: Connections
        paths:
          /connections:
            post:
              operationId: CreateConnection
              responses:
                '400':
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Error'
        components:
          schemas:
            Error:
              type: object
              properties:
                code:
                  type: string
            Connection:
              type: object
          securitySchemes:
            client_id:
              type: apiKey
              in: header
              name: x-deck-client-id
        """;

    private static JObject Merge(params string[] pages) =>
        SpecMerger.Merge(pages.Select((yaml, i) => ($"page{i + 1}.yaml", Documents.Parse(yaml))).ToList());

    [Test]
    public void PagesWithDifferentPathsMerge()
    {
        var merged = Merge(CreateToken, CreateConnection);

        Assert.That(((JObject)merged["paths"]!).Properties().Select(p => p.Name),
            Is.EqualTo(new[] { "/link/token/create", "/connections" }));
        Assert.That((string?)merged.SelectToken("paths['/connections'].post.operationId"), Is.EqualTo("CreateConnection"));
        Assert.That((string?)merged.SelectToken("info.title"), Is.EqualTo("Deck API"));
    }

    [Test]
    public void IdenticalSharedComponentsAreKeptOnce()
    {
        var merged = Merge(CreateToken, CreateConnection);

        Assert.That(((JObject)merged["components"]!["schemas"]!).Properties().Select(p => p.Name),
            Is.EqualTo(new[] { "Error", "Connection" }));
        Assert.That(((JObject)merged["components"]!["securitySchemes"]!).Properties().Select(p => p.Name),
            Is.EqualTo(new[] { "client_id" }));
    }

    [Test]
    public void ConflictingComponentThrowsNamingItAndThePage()
    {
        var conflicting = Documents.Parse(CreateConnection);
        conflicting["components"]!["schemas"]!["Error"]!["properties"]!["code"]!["type"] = "integer";

        var error = Assert.Throws<SpecException>(() =>
            SpecMerger.Merge([("create-token.yaml", Documents.Parse(CreateToken)), ("create-connection.yaml", conflicting)]));

        Assert.That(error!.Message, Does.Contain("components.schemas.Error"));
        Assert.That(error.Message, Does.StartWith("create-connection.yaml"));
    }

    [Test]
    public void SamePathWithDifferentMethodsMerge()
    {
        var merged = Merge("""
            openapi: 3.1.0
            paths:
              /tokens:
                post:
                  operationId: CreateToken
            """, """
            openapi: 3.1.0
            paths:
              /tokens:
                delete:
                  operationId: RevokeToken
            """);

        Documents.AssertEquivalent("""
            /tokens:
              post:
                operationId: CreateToken
              delete:
                operationId: RevokeToken
            """, merged["paths"]);
    }

    [Test]
    public void SameOperationOnTwoPagesMergesWhenIdentical()
    {
        const string Page = """
            openapi: 3.1.0
            paths:
              /tokens:
                post:
                  operationId: CreateToken
            """;

        var merged = Merge(Page, Page);

        Documents.AssertEquivalent("/tokens: {post: {operationId: CreateToken}}", merged["paths"]);
    }

    [Test]
    public void SameOperationDefinedDifferentlyThrows()
    {
        var error = Assert.Throws<SpecException>(() => Merge("""
            openapi: 3.1.0
            paths:
              /tokens:
                post:
                  operationId: CreateToken
            """, """
            openapi: 3.1.0
            paths:
              /tokens:
                post:
                  operationId: MakeToken
            """));

        Assert.That(error!.Message, Does.Contain("POST /tokens"));
    }

    [Test]
    public void TagsAndServersAreDeduplicated()
    {
        var merged = Merge(CreateToken, CreateConnection);

        Assert.That(merged["tags"]!.Select(t => (string?)t["name"]), Is.EqualTo(new[] { "Auth", "Connections" }));
        Assert.That(merged["servers"]!.Select(s => (string?)s["url"]),
            Is.EqualTo(new[] { "https://live.deck.co/api/v1", "https://sandbox.deck.co/api/v1" }));
    }

    [Test]
    public void ListsMissingFromTheFirstPageComeFromLaterPages()
    {
        var merged = Merge("openapi: 3.0.4\npaths: {}\n", CreateToken);

        Assert.That(merged["tags"]!.Select(t => (string?)t["name"]), Is.EqualTo(new[] { "Auth" }));
        Assert.That(merged.SelectToken("components.schemas.Error"), Is.Not.Null);
    }

    [Test]
    public void DifferentOpenApiVersionsThrow()
    {
        var error = Assert.Throws<SpecException>(() => Merge(CreateToken, CreateConnection.Replace("openapi: 3.0.4", "openapi: 3.1.0")));

        Assert.That(error!.Message, Does.Contain("3.1.0"));
        Assert.That(error.Message, Does.Contain("3.0.4"));
    }

    [Test]
    public void NoPagesThrow()
    {
        Assert.Throws<SpecException>(() => SpecMerger.Merge(new List<(string, JObject)>()));
    }

    [Test]
    public void MergingLeavesThePagesUnchanged()
    {
        var first = Documents.Parse(CreateToken);
        var second = Documents.Parse(CreateConnection);
        var firstBefore = first.DeepClone();
        var secondBefore = second.DeepClone();

        var merged = SpecMerger.Merge([("a.yaml", first), ("b.yaml", second)]);
        merged["info"]!["title"] = "Changed";
        ((JObject)merged["components"]!["schemas"]!["Error"]!)["description"] = "Changed";

        Assert.That(JToken.DeepEquals(first, firstBefore), Is.True);
        Assert.That(JToken.DeepEquals(second, secondBefore), Is.True);
    }
}
