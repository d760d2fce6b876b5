using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using NUnit.Framework;
using TokenMint.SpecPrep.Import;

namespace TokenMint.SpecPrep.Tests.Import;

public class SpecSourceTests
{
    /// <summary>The sha256 recorded in specs/trackstar/provenance.json for the YAML of this page.</summary>
    private const string TrackstarYamlSha256 = "865f8cd8fe2c134fc9a69bfafed8c9986b0d6484f163a61f6e74baf556ec435b";

    private static string TrackstarPage => Documents.Fixture("Import/Fixtures/trackstar-page.md");

    private static string DocsPage(string fenceInfo, string yaml) => $"""
        > ## Documentation Index
        > Fetch the complete documentation index at: https://docs.deck.co/llms.txt
        > Use this file to discover all available pages before exploring further.

        # Create an SDK Token

        ## OpenAPI

        ````yaml{fenceInfo}
        {yaml}
        ````
        """;

    [Test]
    public void DocsPageYieldsItsYamlByteForByte()
    {
        var page = TrackstarPage;
        var lines = page.Split('\n');
        var open = Array.FindIndex(lines, l => l.StartsWith("````yaml", StringComparison.Ordinal));
        var close = Array.FindIndex(lines, open + 1, l => l == "````");
        var between = string.Join("\n", lines.Skip(open + 1).Take(close - open - 1)) + "\n";

        var source = SpecSource.Parse(page, "trackstar-page.md");

        Assert.That(source.Yaml, Is.EqualTo(between));
        Assert.That(source.Yaml, Does.StartWith("openapi: 3.1.0\ninfo:\n"));
        Assert.That(source.Yaml, Does.EndWith("      title: ValidationError\n\n"));
        Assert.That(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source.Yaml))), Is.EqualTo(TrackstarYamlSha256));
    }

    [Test]
    public void DocsPageYieldsTheDocsIndexFromItsFirstLinesAndNoPageUrlOfItsOwn()
    {
        var source = SpecSource.Parse(TrackstarPage, "page.md");

        Assert.That(source.DocsIndex, Is.EqualTo("https://docs.trackstarhq.com/llms.txt"));
        Assert.That(source.PageUrl, Is.Null, "The page does not state its URL: import derives it from the index and the operation.");
        Assert.That(source.Origin, Is.EqualTo("page.md"));
    }

    [Test]
    public void DocsPageDownloadedFromItsUrlKeepsThatUrlWithoutTheMarkdownSuffix()
    {
        var source = SpecSource.Parse(TrackstarPage, "https://docs.trackstarhq.com/api-reference/auth/create-link-token.md");

        Assert.That(source.PageUrl, Is.EqualTo("https://docs.trackstarhq.com/api-reference/auth/create-link-token"));
        Assert.That(source.DocsIndex, Is.EqualTo("https://docs.trackstarhq.com/llms.txt"));
    }

    [Test]
    public void DocsPageThatStatesItsSourceUrlKeepsIt()
    {
        var page = "> Source: https://docs.example.com/api/create-token\n\n# Create Token\n\n````yaml post /tokens\nopenapi: 3.1.0\n````\n";

        var source = SpecSource.Parse(page, "saved.md");

        Assert.That(source.PageUrl, Is.EqualTo("https://docs.example.com/api/create-token"));
        Assert.That(source.DocsIndex, Is.Null);
    }

    [Test]
    public void DocumentStartsOnTheLineAfterTheFenceSoErrorsPointIntoThePage()
    {
        var source = SpecSource.Parse(TrackstarPage, "page.md");
        var fenceLine = Array.FindIndex(TrackstarPage.Split('\n'), l => l.StartsWith("````yaml", StringComparison.Ordinal)) + 1;

        Assert.That(source.FirstLine, Is.EqualTo(fenceLine + 1));
    }

    [Test]
    public void FenceInfoWithOnlyAnOperationGivesTheOperation()
    {
        var source = SpecSource.Parse(TrackstarPage, "page.md");

        Assert.That(source.Operation, Is.EqualTo("post /link/token"));
        Assert.That(source.DocumentPath, Is.Null);
    }

    [Test]
    public void FenceInfoWithADocumentPathGivesBoth()
    {
        var source = SpecSource.Parse(DocsPage(" /api-reference/v1.json post /link/token/create", "openapi: 3.0.4\n"), "page.md");

        Assert.That(source.DocumentPath, Is.EqualTo("/api-reference/v1.json"));
        Assert.That(source.Operation, Is.EqualTo("post /link/token/create"));
        Assert.That(source.DocsIndex, Is.EqualTo("https://docs.deck.co/llms.txt"));
        Assert.That(source.Yaml, Is.EqualTo("openapi: 3.0.4\n\n"));
    }

    [Test]
    public void OperationVerbIsLowercased()
    {
        var source = SpecSource.Parse(DocsPage(" POST /api/v1/link-token", "openapi: 3.0.0"), "page.md");

        Assert.That(source.Operation, Is.EqualTo("post /api/v1/link-token"));
    }

    [TestCase("")]
    [TestCase(" just some words")]
    public void FenceInfoWithoutAnOperationGivesNeither(string fenceInfo)
    {
        var source = SpecSource.Parse(DocsPage(fenceInfo, "openapi: 3.0.0"), "page.md");

        Assert.That(source.Operation, Is.Null);
        Assert.That(source.DocumentPath, Is.Null);
        Assert.That(source.Yaml, Is.EqualTo("openapi: 3.0.0\n"));
    }

    [Test]
    public void PageWithoutAUrlNearTheTopHasNeitherPageUrlNorIndex()
    {
        var page = "# Create Link Token\n\n\n\n\n\nSee https://docs.example.com/late\n\n````yaml post /link/token\nopenapi: 3.1.0\n````\n";

        var source = SpecSource.Parse(page, "saved-page.md");

        Assert.That((source.PageUrl, source.DocsIndex, source.Origin), Is.EqualTo(((string?)null, (string?)null, "saved-page.md")));
    }

    [Test]
    public void PageWithoutAFenceThrows()
    {
        var error = Assert.Throws<SpecException>(() =>
            SpecSource.Parse("> ## Documentation Index\n\n# Create Link Token\n\nNo spec on this page.\n", "page.md"));

        Assert.That(error!.Message, Does.Contain("no ````yaml fence"));
    }

    [Test]
    public void PageWithTwoFencesThrows()
    {
        var page = TrackstarPage + "\n\n" + DocsPage(" post /connections", "openapi: 3.0.4");

        var error = Assert.Throws<SpecException>(() => SpecSource.Parse(page, "page.md"));

        Assert.That(error!.Message, Does.Contain("2 ````yaml fences"));
    }

    [Test]
    public void UnclosedFenceThrows()
    {
        var error = Assert.Throws<SpecException>(() => SpecSource.Parse("# Page\n\n````yaml post /x\nopenapi: 3.1.0\n", "page.md"));

        Assert.That(error!.Message, Does.Contain("never closed"));
    }

    [Test]
    public void RawDocumentIsTakenWholeWithItsUrlAsThePageUrl()
    {
        const string Yaml = "openapi: 3.1.0\ninfo:\n  title: Decart API\n";

        var source = SpecSource.Parse(Yaml, "https://api.decart.ai/openapi.yaml");

        Assert.That(source, Is.EqualTo(new SpecSource(Yaml, "https://api.decart.ai/openapi.yaml", PageUrl: "https://api.decart.ai/openapi.yaml")));
    }
}
