using System.IO;
using NUnit.Framework;
using TokenMint.SpecPrep.Upstream;

namespace TokenMint.SpecPrep.Tests.Upstream;

/// <summary>Where check-upstream reads a page: its recorded URL's markdown, or that URL's host and path under --from.</summary>
public class UpstreamLocationsTests
{
    [TestCase("https://docs.deck.co/api-reference/auth-sdk/create-an-sdk-token", "https://docs.deck.co/api-reference/auth-sdk/create-an-sdk-token.md")]
    [TestCase("https://docs.example.com/openapi.yaml", "https://docs.example.com/openapi.yaml")]
    [TestCase("https://docs.example.com/v1.json", "https://docs.example.com/v1.json")]
    [TestCase("https://docs.example.com/page.md", "https://docs.example.com/page.md")]
    public void PageUrlIsReadAsTheMarkdownTheDocsSiteServesUnlessItNamesADocument(string pageUrl, string expected) =>
        Assert.That(UpstreamLocations.MarkdownUrl(pageUrl), Is.EqualTo(expected));

    [TestCase("http://127.0.0.1:5000/mirror/", "http://127.0.0.1:5000/mirror/docs.deck.co/api-reference/auth-sdk/create-an-sdk-token.md")]
    [TestCase("http://127.0.0.1:5000", "http://127.0.0.1:5000/docs.deck.co/api-reference/auth-sdk/create-an-sdk-token.md")]
    public void UnderABaseUrlThePageKeepsItsHostAndPath(string from, string expected) =>
        Assert.That(UpstreamLocations.Map("https://docs.deck.co/api-reference/auth-sdk/create-an-sdk-token.md", from), Is.EqualTo(expected));

    [Test]
    public void UnderAFolderThePageIsAFileNamedByItsHostAndPath() =>
        Assert.That(UpstreamLocations.Map("https://docs.deck.co/api-reference/auth%20sdk/create.md", "/tmp/mirror"),
            Is.EqualTo(Path.Combine("/tmp/mirror", "docs.deck.co", "api-reference", "auth sdk", "create.md")));

    [Test]
    public void WithoutFromThePageIsReadFromItsSite() =>
        Assert.That(UpstreamLocations.Map("https://docs.deck.co/x.md", null), Is.EqualTo("https://docs.deck.co/x.md"));
}
