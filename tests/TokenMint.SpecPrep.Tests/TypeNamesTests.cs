using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace TokenMint.SpecPrep.Tests;

public class TypeNamesTests
{
    [Test]
    public void ComponentIsRenamedAndEveryRefRewritten()
    {
        var document = Documents.Parse("""
            paths:
              /link/token:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/LinkTokenInputSchema'
            components:
              schemas:
                LinkTokenInputSchema:
                  type: object
                  x-tokenmint-name: CreateLinkTokenRequest
                Batch:
                  type: object
                  properties:
                    items:
                      type: array
                      items:
                        $ref: '#/components/schemas/LinkTokenInputSchema'
                    first:
                      allOf:
                        - $ref: '#/components/schemas/LinkTokenInputSchema'
                    other:
                      $ref: '#/components/schemas/LinkTokenInputSchemaV2'
                LinkTokenInputSchemaV2:
                  type: string
            """);

        TypeNames.Apply(document);

        Assert.That(((JObject)document["components"]!["schemas"]!).Properties().Select(p => p.Name),
            Is.EqualTo(new[] { "CreateLinkTokenRequest", "Batch", "LinkTokenInputSchemaV2" }));
        Documents.AssertEquivalent("type: object", document.SelectToken("components.schemas.CreateLinkTokenRequest"));
        var references = SchemaWalker.Objects(document).Select(o => (string?)o["$ref"]).Where(r => r is not null).ToList();
        Assert.That(references, Is.EqualTo(new[]
        {
            "#/components/schemas/CreateLinkTokenRequest",
            "#/components/schemas/CreateLinkTokenRequest",
            "#/components/schemas/CreateLinkTokenRequest",
            "#/components/schemas/LinkTokenInputSchemaV2",
        }));
    }

    [Test]
    public void NameEqualToTheCurrentOneIsOnlyRemoved()
    {
        var document = Documents.Parse("""
            components:
              schemas:
                Pet:
                  type: object
                  x-tokenmint-name: Pet
            """);

        TypeNames.Apply(document);

        Documents.AssertEquivalent("components: {schemas: {Pet: {type: object}}}", document);
    }

    [Test]
    public void InlineSchemaIsHoistedIntoComponentsWithARefLeftBehind()
    {
        var document = Documents.Parse("""
            paths:
              /api/v1/link-token:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          x-tokenmint-name: GenerateLinkTokenRequest
                          properties:
                            customerId:
                              type: string
            components:
              schemas:
                Error:
                  type: object
            """);

        TypeNames.Apply(document);

        Documents.AssertEquivalent("$ref: '#/components/schemas/GenerateLinkTokenRequest'",
            document.SelectToken("paths['/api/v1/link-token'].post.requestBody.content['application/json'].schema"));
        Documents.AssertEquivalent("""
            type: object
            properties:
              customerId:
                type: string
            """, document.SelectToken("components.schemas.GenerateLinkTokenRequest"));
        Assert.That(document.SelectToken("components.schemas.Error"), Is.Not.Null);
    }

    [Test]
    public void HoistingCreatesComponentsWhenTheDocumentHasNone()
    {
        var document = Documents.Parse("""
            paths:
              /tokens:
                post:
                  responses:
                    '200':
                      content:
                        application/json:
                          schema:
                            type: object
                            x-tokenmint-name: TokenResponse
            """);

        TypeNames.Apply(document);

        Documents.AssertEquivalent("type: object", document.SelectToken("components.schemas.TokenResponse"));
        Assert.That((string?)document.SelectToken("paths['/tokens'].post.responses['200'].content['application/json'].schema['$ref']"),
            Is.EqualTo("#/components/schemas/TokenResponse"));
    }

    [Test]
    public void NestedInlineSchemasAreBothHoisted()
    {
        var document = Documents.Parse("""
            paths:
              /tokens:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          x-tokenmint-name: TokenRequest
                          properties:
                            constraints:
                              type: object
                              x-tokenmint-name: TokenConstraints
            """);

        TypeNames.Apply(document);

        Documents.AssertEquivalent("""
            type: object
            properties:
              constraints:
                $ref: '#/components/schemas/TokenConstraints'
            """, document.SelectToken("components.schemas.TokenRequest"));
        Documents.AssertEquivalent("type: object", document.SelectToken("components.schemas.TokenConstraints"));
    }

    [Test]
    public void RenamingToAnExistingNameThrows()
    {
        var document = Documents.Parse("""
            components:
              schemas:
                Error:
                  type: object
                ValidationError:
                  type: object
                  x-tokenmint-name: Error
            """);

        var error = Assert.Throws<SpecException>(() => TypeNames.Apply(document));

        Assert.That(error!.Message, Does.Contain("components.schemas.ValidationError"));
        Assert.That(error.Message, Does.Contain("Error, which exists"));
    }

    [Test]
    public void HoistingToAnExistingNameThrows()
    {
        var document = Documents.Parse("""
            paths:
              /tokens:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          x-tokenmint-name: Error
            components:
              schemas:
                Error:
                  type: object
            """);

        var error = Assert.Throws<SpecException>(() => TypeNames.Apply(document));

        Assert.That(error!.Message, Does.Contain("Error, which exists"));
    }

    [TestCase("createLinkTokenRequest")]
    [TestCase("Create_Link_Token")]
    [TestCase("Create-Link")]
    [TestCase("Create Link")]
    [TestCase("1Token")]
    [TestCase("")]
    public void NameThatIsNotPascalCaseThrows(string name)
    {
        var document = new JObject
        {
            ["components"] = new JObject
            {
                ["schemas"] = new JObject { ["Token"] = new JObject { ["type"] = "object", [TypeNames.Extension] = name } },
            },
        };

        var error = Assert.Throws<SpecException>(() => TypeNames.Apply(document));

        Assert.That(error!.Message, Does.Contain($"'{name}' is not a PascalCase identifier"));
    }

    [Test]
    public void InlineNameThatIsNotPascalCaseThrows()
    {
        var document = Documents.Parse("""
            paths:
              /tokens:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          x-tokenmint-name: token_request
            """);

        Assert.Throws<SpecException>(() => TypeNames.Apply(document));
    }
}
