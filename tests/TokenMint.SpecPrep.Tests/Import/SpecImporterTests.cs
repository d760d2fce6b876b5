using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Import;

namespace TokenMint.SpecPrep.Tests.Import;

public class SpecImporterTests
{
    private static readonly DateOnly FirstDay = new(2026, 11, 23);
    private static readonly DateOnly LaterDay = new(2027, 2, 1);

    private TempFolder _specs = null!;

    [SetUp]
    public void CreateSpecsFolder() => _specs = new TempFolder();

    [TearDown]
    public void DeleteSpecsFolder() => _specs.Dispose();

    private static SpecSource TrackstarPage =>
        SpecSource.Parse(Documents.Fixture("Import/Fixtures/trackstar-page.md"), "trackstar-page.md");

    private SpecImporter Importer(DateOnly today) => new(_specs.Path, () => today);

    private string VendorFile(string vendor, string name) => Path.Combine(_specs.Path, vendor, name);

    private JObject ProvenanceOf(string vendor) => JObject.Parse(File.ReadAllText(VendorFile(vendor, SpecFolder.ProvenanceFileName)));

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static SpecSource Raw(string title, string operation = "post /tokens", string servers = "") => new($"""
        openapi: 3.1.0
        info:
          title: {title}
          version: 1.0.0
        {servers}
        paths:
          {operation.Split(' ')[1]}:
            {operation.Split(' ')[0]}:
              responses:
                '200':
                  description: OK

        """, "spec.yaml", null, null);

    [Test]
    public void ImportWritesThePageAndItsProvenance()
    {
        var source = TrackstarPage;

        var result = Importer(FirstDay).Import("trackstar", source);

        Assert.That(result, Is.EqualTo(new SpecImporter.Result(VendorFile("trackstar", "post-link-token.yaml"), true)));
        Assert.That(File.ReadAllBytes(result.File), Is.EqualTo(Encoding.UTF8.GetBytes(source.Yaml)));
        Assert.That(File.ReadAllText(VendorFile("trackstar", SpecFolder.ProvenanceFileName)), Is.EqualTo("""
            {
              "files": {
                "post-link-token.yaml": {
                  "source": "https://docs.trackstarhq.com/api-reference/auth/create-link-token",
                  "index": "https://docs.trackstarhq.com/llms.txt",
                  "operation": "post /link/token",
                  "sha256": "865f8cd8fe2c134fc9a69bfafed8c9986b0d6484f163a61f6e74baf556ec435b",
                  "imported": "2026-11-23"
                }
              }
            }

            """));
    }

    [Test]
    public void ReimportingIdenticalContentIsUnchangedAndKeepsTheImportDate()
    {
        Importer(FirstDay).Import("trackstar", TrackstarPage);
        var provenanceBefore = File.ReadAllText(VendorFile("trackstar", SpecFolder.ProvenanceFileName));

        var result = Importer(LaterDay).Import("trackstar", TrackstarPage);

        Assert.That(result.Changed, Is.False);
        Assert.That(File.ReadAllText(VendorFile("trackstar", SpecFolder.ProvenanceFileName)), Is.EqualTo(provenanceBefore));
        Assert.That((string?)ProvenanceOf("trackstar").SelectToken("files['post-link-token.yaml'].imported"), Is.EqualTo("2026-11-23"));
    }

    [Test]
    public void ChangedContentUpdatesTheFileShaAndDate()
    {
        Importer(FirstDay).Import("trackstar", TrackstarPage);
        var changed = TrackstarPage with { Yaml = TrackstarPage.Yaml.Replace("version: 0.1.0", "version: 0.2.0") };
        Assert.That(changed.Yaml, Is.Not.EqualTo(TrackstarPage.Yaml), "The test must change the page.");

        var result = Importer(LaterDay).Import("trackstar", changed);

        Assert.That(result.Changed, Is.True);
        Assert.That(File.ReadAllText(result.File), Is.EqualTo(changed.Yaml));
        var entry = ProvenanceOf("trackstar")["files"]!["post-link-token.yaml"]!;
        Assert.That((string?)entry["sha256"], Is.EqualTo(Sha256(changed.Yaml)));
        Assert.That((string?)entry["sha256"], Is.Not.EqualTo(Sha256(TrackstarPage.Yaml)));
        Assert.That((string?)entry["imported"], Is.EqualTo("2027-02-01"));
    }

    [Test]
    public void FileEditedByHandIsRewrittenOnReimport()
    {
        var first = Importer(FirstDay).Import("trackstar", TrackstarPage);
        File.WriteAllText(first.File, TrackstarPage.Yaml.Replace("version: 0.1.0", "version: 9.9.9"));

        var second = Importer(LaterDay).Import("trackstar", TrackstarPage);

        Assert.That(second.Changed, Is.True);
        Assert.That(File.ReadAllText(second.File), Is.EqualTo(TrackstarPage.Yaml));
    }

    [Test]
    public void PageUrlDerivedFromTheIndexAndTheDocumentPathAreRecorded()
    {
        var source = new SpecSource("""
            openapi: 3.0.4
            info:
              title: Deck API
            paths:
              /link/token/create:
                post:
                  tags:
                    - Auth SDK
                  summary: Create an SDK Token

            """, "page.md", DocsIndex: "https://docs.deck.co/llms.txt", DocumentPath: "/api-reference/v1.json", Operation: "post /link/token/create");

        var result = Importer(FirstDay).Import("deck", source);

        Assert.That(Path.GetFileName(result.File), Is.EqualTo("post-link-token-create.yaml"));
        Documents.AssertEquivalent("""
            source: https://docs.deck.co/api-reference/auth-sdk/create-an-sdk-token
            index: https://docs.deck.co/llms.txt
            document: /api-reference/v1.json
            operation: post /link/token/create
            sha256: {sha}
            imported: '2026-11-23'
            """.Replace("{sha}", Sha256(source.Yaml)), ProvenanceOf("deck")["files"]!["post-link-token-create.yaml"]);
    }

    [Test]
    public void ProvenanceEntriesAreSortedByFileName()
    {
        Importer(FirstDay).Import("tiny", Raw("Tiny API", "post /tokens"));
        Importer(FirstDay).Import("tiny", Raw("Tiny API", "delete /tokens"));

        Assert.That(((JObject)ProvenanceOf("tiny")["files"]!).Properties().Select(p => p.Name),
            Is.EqualTo(new[] { "delete-tokens.yaml", "post-tokens.yaml" }));
    }

    [Test]
    public void DocumentThatIsNotOpenApi3Throws()
    {
        var source = new SpecSource("swagger: \"2.0\"\ninfo:\n  title: Old API\n", "old.yaml", Operation: "get /pets");

        var error = Assert.Throws<SpecException>(() => Importer(FirstDay).Import("old", source));

        Assert.That(error!.Message, Does.Contain("not an OpenAPI 3.0 or 3.1 document"));
        Assert.That(Directory.Exists(Path.Combine(_specs.Path, "old")), Is.False, "Nothing may be written for a rejected document.");
    }

    [TestCase("openapi: 2.0.0\n")]
    [TestCase("openapi: 3.2.0\n")]
    public void OtherOpenApiVersionsThrow(string yaml)
    {
        Assert.Throws<SpecException>(() => Importer(FirstDay).Import("v", new SpecSource(yaml, "x.yaml", Operation: "get /x")));
    }

    [Test]
    public void TextThatIsNotYamlThrowsSpecException()
    {
        var source = new SpecSource("openapi: [3.1.0\n", "broken.yaml", Operation: "get /x");

        var error = Assert.Throws<SpecException>(() => Importer(FirstDay).Import("broken", source));

        Assert.That(error!.Message, Does.StartWith("broken.yaml, line 2, column 1: not valid YAML or JSON"));
    }

    [Test]
    public void TitleOtherThanTheVendorsExistingPagesThrowsUnlessForced()
    {
        Importer(FirstDay).Import("trackstar", TrackstarPage);
        var other = Raw("Deck API", "post /connections");

        var error = Assert.Throws<SpecException>(() => Importer(FirstDay).Import("trackstar", other));
        Assert.That(error!.Message, Does.Contain("'Deck API'"));
        Assert.That(error.Message, Does.Contain("--force"));
        Assert.That(File.Exists(VendorFile("trackstar", "post-connections.yaml")), Is.False);

        var forced = Importer(FirstDay).Import("trackstar", other, force: true);
        Assert.That(forced.Changed, Is.True);
        Assert.That(File.Exists(VendorFile("trackstar", "post-connections.yaml")), Is.True);
    }

    [Test]
    public void ServersOtherThanTheVendorsThrowUnlessForced()
    {
        Importer(FirstDay).Import("tiny", Raw("Tiny API", "post /tokens", "servers:\n  - url: https://api.tiny.example"));
        var elsewhere = Raw("Tiny API", "delete /tokens", "servers:\n  - url: https://evil.example");

        var error = Assert.Throws<SpecException>(() => Importer(FirstDay).Import("tiny", elsewhere));
        Assert.That(error!.Message, Does.Contain("https://evil.example"));

        Assert.That(Importer(FirstDay).Import("tiny", elsewhere, force: true).Changed, Is.True);
    }

    [Test]
    public void SameTitleFromAnotherPageIsAccepted()
    {
        Importer(FirstDay).Import("tiny", Raw("Tiny API", "post /tokens"));

        var result = Importer(FirstDay).Import("tiny", Raw("Tiny API", "get /tokens"));

        Assert.That(result.Changed, Is.True);
        Assert.That(Path.GetFileName(result.File), Is.EqualTo("get-tokens.yaml"));
    }

    [Test]
    public void RawDocumentWithSeveralOperationsNeedsAFileName()
    {
        var source = new SpecSource("""
            openapi: 3.1.0
            info:
              title: Tiny API
            paths:
              /tokens:
                post: {}
                get: {}
            """, "spec.yaml", null, null);

        var error = Assert.Throws<SpecException>(() => Importer(FirstDay).Import("tiny", source));
        Assert.That(error!.Message, Does.Contain("2 operations"));

        var named = Importer(FirstDay).Import("tiny", source, fileName: "tokens.yaml");
        Assert.That(named.File, Is.EqualTo(VendorFile("tiny", "tokens.yaml")));
        Assert.That(File.Exists(named.File), Is.True);
    }

    [TestCase("post /link/token/create", ExpectedResult = "post-link-token-create.yaml")]
    [TestCase("post /api/v1/link-token", ExpectedResult = "post-api-v1-link-token.yaml")]
    [TestCase("get /items/{item_id}", ExpectedResult = "get-items-item-id.yaml")]
    [TestCase("POST /v1/client/tokens", ExpectedResult = "post-v1-client-tokens.yaml")]
    public string FileNameForAnOperationIsItsVerbAndPathSegments(string operation) => SpecImporter.FileNameFor(operation);
}
