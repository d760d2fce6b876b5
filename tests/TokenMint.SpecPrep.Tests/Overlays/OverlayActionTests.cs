using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Overlays;

namespace TokenMint.SpecPrep.Tests.Overlays;

public class OverlayActionTests
{
    private const string Spec = """
        openapi: 3.0.3
        info:
          title: Trackstar API
          version: 0.1.0
        tags:
          - name: Auth
        paths:
          /link/token:
            post:
              operationId: post_POST__link_token
              parameters:
                - in: header
                  name: x-trackstar-api-key
                  required: true
                  schema:
                    type: string
                - in: query
                  name: verbose
                  schema:
                    type: boolean
        components:
          schemas:
            LinkTokenInputSchema:
              type: object
            Unused:
              type: string
        """;

    private static JObject Apply(string actionsYaml)
    {
        var document = Documents.Parse(Spec);
        Overlay(actionsYaml).ApplyTo(document);
        return document;
    }

    private static OverlayDocument Overlay(string actionsYaml) =>
        OverlayDocument.Parse("overlay: 1.0.0\ninfo:\n  title: Test overlay\n  version: 1.0.0\nactions:\n" + actionsYaml, "overlay.yaml");

    [Test]
    public void UpdateMergesIntoTheTarget()
    {
        var document = Apply("""
              - target: $.paths['/link/token'].post
                description: Name the method.
                update:
                  operationId: CreateLinkToken
                  security:
                    - apiKey: []
            """);

        Assert.That((string?)document.SelectToken("paths['/link/token'].post.operationId"), Is.EqualTo("CreateLinkToken"));
        Assert.That(document.SelectToken("paths['/link/token'].post.security[0].apiKey"), Is.InstanceOf<JArray>());
        Assert.That(((JArray)document.SelectToken("paths['/link/token'].post.parameters")!).Count, Is.EqualTo(2));
    }

    [Test]
    public void UpdateOfAnArrayTargetAppends()
    {
        var document = Apply("""
              - target: $.tags
                description: Group the operations.
                update:
                  name: Links
            """);

        Assert.That(document["tags"]!.Select(t => (string?)t["name"]), Is.EqualTo(new[] { "Auth", "Links" }));
    }

    [Test]
    public void RemoveDeletesAProperty()
    {
        var document = Apply("""
              - target: $.components.schemas.Unused
                description: Nothing uses it.
                remove: true
            """);

        Assert.That(document.SelectToken("components.schemas.Unused"), Is.Null);
        Assert.That(document.SelectToken("components.schemas.LinkTokenInputSchema"), Is.Not.Null);
    }

    [Test]
    public void RemoveDeletesTheArrayElementSelectedByAFilter()
    {
        var document = Apply("""
              - target: $..[?(@.name == 'x-trackstar-api-key')]
                description: The API key is a credential, not a parameter.
                remove: true
            """);

        var parameters = (JArray)document.SelectToken("paths['/link/token'].post.parameters")!;
        Assert.That(parameters.Select(p => (string?)p["name"]), Is.EqualTo(new[] { "verbose" }));
    }

    [Test]
    public void ActionWhoseTargetMatchesNothingThrowsNamingTheTarget()
    {
        var error = Assert.Throws<SpecException>(() => Apply("""
              - target: $.components.schemas.Missing
                description: Rename a schema the vendor dropped.
                update:
                  x-tokenmint-name: Gone
            """));

        Assert.That(error!.Message, Does.Contain("$.components.schemas.Missing"));
        Assert.That(error.Message, Does.Contain("matches nothing"));
    }

    [TestCase("$.paths[")]
    [TestCase("$.paths[?(@.name ==")]
    [TestCase("$..[?(@.name =~ /[/)]")]
    public void InvalidJsonPathThrowsSpecException(string target)
    {
        var error = Assert.Throws<SpecException>(() => Apply($"""
              - target: "{target}"
                description: Broken.
                remove: true
            """));

        Assert.That(error!.Message, Does.Contain("not valid JSONPath"));
    }

    [Test]
    public void RemovingTheDocumentRootThrows()
    {
        Assert.Throws<SpecException>(() => Apply("""
              - target: $
                description: Everything.
                remove: true
            """));
    }

    [Test]
    public void MissingDescriptionThrows()
    {
        var error = Assert.Throws<SpecException>(() => Overlay("""
              - target: $.info
                update:
                  title: Pets
            """));

        Assert.That(error!.Message, Does.Contain("'description' is required"));
        Assert.That(error.Message, Does.Contain("overlay.yaml action 1"));
    }

    [Test]
    public void MissingTargetThrows()
    {
        var error = Assert.Throws<SpecException>(() => Overlay("""
              - description: No target.
                remove: true
            """));

        Assert.That(error!.Message, Does.Contain("'target' is required"));
    }

    [Test]
    public void BothUpdateAndRemoveThrows()
    {
        var error = Assert.Throws<SpecException>(() => Overlay("""
              - target: $.info
                description: Ambiguous.
                update:
                  title: Pets
                remove: true
            """));

        Assert.That(error!.Message, Does.Contain("exactly one of 'update' or 'remove: true'"));
    }

    [TestCase("")]
    [TestCase("    remove: false\n")]
    public void NeitherUpdateNorRemoveThrows(string rest)
    {
        var error = Assert.Throws<SpecException>(() => Overlay("""
              - target: $.info
                description: Does nothing.

            """ + rest));

        Assert.That(error!.Message, Does.Contain("exactly one of 'update' or 'remove: true'"));
    }

    [Test]
    public void ParsedActionKeepsItsTargetDescriptionAndKind()
    {
        var actions = Overlay("""
              - target: $.info
                description: Retitle.
                update:
                  title: Pets
              - target: $.tags
                description: No tags.
                remove: true
            """).Actions;

        Assert.That(actions.Select(a => a.Target), Is.EqualTo(new[] { "$.info", "$.tags" }));
        Assert.That(actions.Select(a => a.Description), Is.EqualTo(new[] { "Retitle.", "No tags." }));
        Assert.That(actions.Select(a => a.Remove), Is.EqualTo(new[] { false, true }));
        Assert.That(actions[0].Update, Is.InstanceOf<JObject>());
        Assert.That(actions[1].Update, Is.Null);
    }
}
