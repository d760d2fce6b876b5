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

    [TestCase("https://proxy-user:pa55-w0rd@proxy.example.com/api")]
    [TestCase("https://tok-3f9c2a7e@proxy.example.com/")]
    [TestCase("http://proxy-user:pa55-w0rd@127.0.0.1:8080/")]
    [TestCase("http://proxy-user:pa55-w0rd@example.com/")]
    public void UserInfoIsRejectedWithoutBeingEchoed(string input)
    {
        var error = Assert.Throws<ArgumentException>(() => BaseUri.Normalize(new Uri(input), "Options.BaseUri"))!;

        Assert.That(error.ParamName, Is.EqualTo("Options.BaseUri"));
        Assert.That(error.Message, Does.Contain("user info"));
        Assert.That(error.Message, Does.Not.Contain("pa55-w0rd").And.Not.Contain("proxy-user").And.Not.Contain("tok-3f9c2a7e"));
    }

    [TestCase(null, "")]
    [TestCase("https://live.deck.co/api/v1", "https://live.deck.co/api/v1")]
    [TestCase("http://127.0.0.1:5000/", "http://127.0.0.1:5000/")]
    [TestCase("https://proxy-user:pa55-w0rd@proxy.example.com:8443/api", "https://***@proxy.example.com:8443/api")]
    [TestCase("https://proxy.example.com/api?key=k-123#frag", "https://proxy.example.com/api?***")]
    [TestCase("proxy-user:pa55-w0rd@proxy.example.com/api", "***")]
    [TestCase("/api/v1", "/api/v1")]
    public void DescribeShowsTheUrlWithoutUserInfoOrQuery(string? input, string expected) =>
        Assert.That(BaseUri.Describe(input is null ? null : new Uri(input, UriKind.RelativeOrAbsolute)), Is.EqualTo(expected));

    [Test]
    public void ARelativeUrlIsRejected() =>
        Assert.Throws<ArgumentException>(() => BaseUri.Normalize(new Uri("/api", UriKind.Relative), "Options.BaseUri"));
}
