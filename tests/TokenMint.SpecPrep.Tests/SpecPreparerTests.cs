using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Overlays;

namespace TokenMint.SpecPrep.Tests;

/// <summary>The whole pipeline on a tiny two-page vendor (the real specs/ folders are prepared by the build itself).</summary>
public class SpecPreparerTests
{
    private const string CreateTokenPage = """
        openapi: 3.1.0
        info:
          title: Tiny API
          version: 1.0.0
        servers:
          - url: https://api.tiny.example
        paths:
          /tokens:
            post:
              operationId: create_token_tokens_post
              requestBody:
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/TokenInput'
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/TokenOutput'
        components:
          schemas:
            TokenInput:
              type: object
              properties:
                ttl:
                  anyOf:
                    - type: integer
                    - type: 'null'
            TokenOutput:
              type: object
              properties:
                status:
                  type: string
                  enum: [ACTIVE, REVOKED]
        """;

    private const string RevokeTokenPage = """
        openapi: 3.1.0
        info:
          title: Tiny API
          version: 1.0.0
        servers:
          - url: https://api.tiny.example
        paths:
          /tokens/{id}:
            delete:
              operationId: revoke
              parameters:
                - name: id
                  in: path
                  required: true
                  schema:
                    type: integer
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/TokenOutput'
        components:
          schemas:
            TokenOutput:
              type: object
              properties:
                status:
                  type: string
                  enum: [ACTIVE, REVOKED]
        """;

    private const string Overlay = """
        overlay: 1.0.0
        info:
          title: TokenMint corrections to the Tiny API spec
          version: 1.0.0
        actions:
          - target: $.components.schemas.TokenInput
            description: Request types read as Operation + Request.
            update:
              x-tokenmint-name: CreateTokenRequest
          - target: $.paths['/tokens'].post
            description: Name the method CreateToken.
            update:
              operationId: CreateToken
        """;

    private const string Prepared = """
        openapi: 3.0.3
        info:
          title: Tiny API
          version: 1.0.0
        servers:
          - url: https://api.tiny.example
        paths:
          /tokens:
            post:
              operationId: CreateToken
              requestBody:
                x-name: request
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/CreateTokenRequest'
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/TokenOutput'
          /tokens/{id}:
            delete:
              operationId: revoke
              parameters:
                - name: id
                  in: path
                  required: true
                  schema:
                    type: integer
                    format: int64
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/TokenOutput'
        components:
          schemas:
            CreateTokenRequest:
              type: object
              properties:
                ttl:
                  type: integer
                  format: int64
                  nullable: true
            TokenOutput:
              type: object
              properties:
                status:
                  type: string
                  enum: [ACTIVE, REVOKED]
                  x-enumNames: [Active, Revoked]
        """;

    private static List<(string Name, JObject Document)> Pages() =>
    [
        ("delete-tokens-id.yaml", Documents.Parse(RevokeTokenPage)),
        ("post-tokens.yaml", Documents.Parse(CreateTokenPage)),
    ];

    [Test]
    public void PrepareMergesNormalizesAppliesTheOverlayAndNamesTypes()
    {
        var prepared = SpecPreparer.Prepare(Pages(), OverlayDocument.Parse(Overlay, "overlay.yaml"));

        Documents.AssertEquivalent(Prepared, prepared);
        Assert.That(prepared.SelectToken("components.schemas.TokenInput"), Is.Null);
    }

    [Test]
    public void PrepareWithoutAnOverlayKeepsTheVendorsNames()
    {
        var prepared = SpecPreparer.Prepare(Pages(), overlay: null);

        Assert.That((string?)prepared.SelectToken("paths['/tokens'].post.operationId"), Is.EqualTo("create_token_tokens_post"));
        Assert.That(prepared.SelectToken("components.schemas.TokenInput"), Is.Not.Null);
        Assert.That((string?)prepared["openapi"], Is.EqualTo("3.0.3"));
    }

    [Test]
    public void OverlayActionForAVendorChangeFailsThePreparation()
    {
        var overlay = OverlayDocument.Parse("""
            overlay: 1.0.0
            actions:
              - target: $.components.schemas.TokenRequestBody
                description: The vendor renamed this schema since.
                update:
                  x-tokenmint-name: CreateTokenRequest
            """, "overlay.yaml");

        var error = Assert.Throws<SpecException>(() => SpecPreparer.Prepare(Pages(), overlay));

        Assert.That(error!.Message, Does.Contain("$.components.schemas.TokenRequestBody"));
    }

    [Test]
    public void OverlaySeesTheNormalizedDocument()
    {
        // After normalization the nullable ttl has a type of its own, so an overlay can target it.
        var overlay = OverlayDocument.Parse("""
            overlay: 1.0.0
            actions:
              - target: $.components.schemas.TokenInput.properties.ttl
                description: Seconds.
                update:
                  format: int32
            """, "overlay.yaml");

        var prepared = SpecPreparer.Prepare(Pages(), overlay);

        Documents.AssertEquivalent("""
            type: integer
            format: int32
            nullable: true
            """, prepared.SelectToken("components.schemas.TokenInput.properties.ttl"));
    }

    [Test]
    public void PrepareReadsAVendorFolder()
    {
        using var folder = new TempFolder();
        folder.Write("post-tokens.yaml", CreateTokenPage);
        folder.Write("delete-tokens-id.yaml", RevokeTokenPage);
        folder.Write(SpecPreparer.OverlayFileName, Overlay);
        folder.Write(SpecFolder.ProvenanceFileName, """{ "files": {} }""");

        var prepared = SpecPreparer.Prepare(folder.Path);

        Documents.AssertEquivalent(Prepared, prepared);
    }

    [Test]
    public void FolderWithoutAnOverlayIsPreparedWithoutOne()
    {
        using var folder = new TempFolder();
        folder.Write("post-tokens.yaml", CreateTokenPage);

        var prepared = SpecPreparer.Prepare(folder.Path);

        Assert.That((string?)prepared.SelectToken("paths['/tokens'].post.operationId"), Is.EqualTo("create_token_tokens_post"));
    }

    [Test]
    public void FolderWithoutPagesThrows()
    {
        using var folder = new TempFolder();
        folder.Write(SpecPreparer.OverlayFileName, Overlay);

        var error = Assert.Throws<SpecException>(() => SpecPreparer.Prepare(folder.Path));

        Assert.That(error!.Message, Does.Contain("no spec pages"));
    }
}
