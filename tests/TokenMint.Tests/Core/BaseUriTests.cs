using System;
using NUnit.Framework;
using TokenMint.Http;

namespace TokenMint.Tests.Core;

public class BaseUriTests
{
    [TestCase("https://live.deck.co/api/v1", "https://live.deck.co/api/v1/")]
    [TestCase("https://live.deck.co/api/v1/", "https://live.deck.co/api/v1/")]
    [TestCase("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [TestCase("http://localhost/x", "http://localhost/x/")]
    [TestCase("http://[::1]:8080/", "http://[::1]:8080/")]
    public void AcceptedUrlsGetATrailingSlash(string input, string expected) =>
        Assert.That(BaseUri.Normalize(new Uri(input), "Options.BaseUri"), Is.EqualTo(expected));

    [TestCase("http://example.com")]
    [TestCase("ftp://127.0.0.1")]
    [TestCase("https://example.com/?q=1")]
    public void InsecureOrOddUrlsAreRejectedNamingTheOption(string input)
    {
        var error = Assert.Throws<ArgumentException>(() => BaseUri.Normalize(new Uri(input), "Options.BaseUri"))!;
        Assert.That(error.ParamName, Is.EqualTo("Options.BaseUri"));
    }

    [Test]
    public void ARelativeUrlIsRejected() =>
        Assert.Throws<ArgumentException>(() => BaseUri.Normalize(new Uri("/api", UriKind.Relative), "Options.BaseUri"));
}
