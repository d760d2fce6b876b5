using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Import;
using TokenMint.SpecPrep.Tests.Diff;
using TokenMint.SpecPrep.Vendors;

namespace TokenMint.SpecPrep.Tests.Import;

/// <summary>A page's own URL, derived the way the vendors' docs site (Mintlify) builds it, since the pages name only the site's index.</summary>
public class PageUrlsTests
{
    private const string Index = "https://docs.example.com/llms.txt";

    private static JObject Operation(string yaml) => Documents.Parse($"openapi: 3.1.0\npaths:\n  /users/{{id}}/posts:\n    get:\n{yaml}");

    [Test]
    public void UrlIsTheSiteThenApiReferenceThenTagThenSummary()
    {
        var document = Operation("      tags: [Auth SDK]\n      summary: Create an SDK Token\n");

        Assert.That(PageUrls.Derive(Index, document, "get /users/{id}/posts"), Is.EqualTo("https://docs.example.com/api-reference/auth-sdk/create-an-sdk-token"));
    }

    [Test]
    public void OperationWithoutTagsHasNoTagPart()
    {
        var document = Operation("      summary: Generate a link token\n");

        Assert.That(PageUrls.Derive(Index, document, "get /users/{id}/posts"), Is.EqualTo("https://docs.example.com/api-reference/generate-a-link-token"));
    }

    [Test]
    public void OperationWithoutSummaryUsesItsMethodAndPathWithoutParameters()
    {
        var document = Operation("      tags: [Users]\n");

        Assert.That(PageUrls.Derive(Index, document, "get /users/{id}/posts"), Is.EqualTo("https://docs.example.com/api-reference/users/get-users-posts"));
    }

    [Test]
    public void MintHrefOnTheOperationIsThePagesPath()
    {
        var document = Operation("      summary: Posts\n      x-mint:\n        href: /reference/Posts\n");

        Assert.That(PageUrls.Derive(Index, document, "get /users/{id}/posts"), Is.EqualTo("https://docs.example.com/reference/posts"));
    }

    [TestCase("Create Link Token (v2), for the SDK's use/test.", ExpectedResult = "create-link-token-v2-for-the-sdks-usetest")]
    [TestCase("  Generate a link token ", ExpectedResult = "generate-a-link-token")]
    public string SlugLowercasesTurnsSpacesIntoHyphensAndDropsPunctuation(string text) => PageUrls.Slug(text);

    [TestCase("https://docs.deck.co/api-reference/auth-sdk/create-an-sdk-token.md", ExpectedResult = "https://docs.deck.co/api-reference/auth-sdk/create-an-sdk-token")]
    [TestCase("https://docs.deck.co/api-reference/auth-sdk/create-an-sdk-token/", ExpectedResult = "https://docs.deck.co/api-reference/auth-sdk/create-an-sdk-token")]
    [TestCase("specs/page.md", ExpectedResult = null)]
    public string? PageDownloadedFromAUrlIsKnownByThatUrl(string origin) => PageUrls.FromOrigin(origin);

    private static IEnumerable<string> Vendors() => VendorManifest.All(Path.Combine(NSwagGeneration.RepoRoot, "specs")).Select(v => v.Id);

    /// <summary>Every vendored page's provenance names the page's own URL, as import derives it again from the page and the index.</summary>
    [TestCaseSource(nameof(Vendors))]
    public void EveryVendoredPageRecordsItsOwnUrlAndTheDocsIndex(string vendor)
    {
        var folder = Path.Combine(NSwagGeneration.RepoRoot, "specs", vendor);
        var files = (JObject)Provenance.Load(folder)["files"]!;

        Assert.That(files.Count, Is.EqualTo(SpecFolder.Pages(folder).Count));
        foreach (var (name, entry) in files.Properties().Select(p => (p.Name, (JObject)p.Value)))
        {
            var source = (string?)entry["source"];
            var index = (string?)entry["index"];
            Assert.That(index, Does.EndWith("/llms.txt"), name);
            Assert.That(source, Does.Not.EndWith("llms.txt"), $"{name}: the page's own URL, not the docs index");
            var page = YamlJson.ParseObject(File.ReadAllText(Path.Combine(folder, name)), name);
            Assert.That(source, Is.EqualTo(PageUrls.Derive(index!, page, (string)entry["operation"]!)), name);
        }
    }
}
