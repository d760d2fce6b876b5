using System;
using System.Collections.Generic;
using System.Net.Http;
using NUnit.Framework;
using TokenMint.Http;

namespace TokenMint.Tests.Core;

public class HeaderAuthenticatorTests
{
    private static readonly HeaderAuthenticator Authenticator =
        new("https://api.example.com/v1/", new KeyValuePair<string, string>("x-api-key", "k"));

    [Test]
    public void CredentialsGoToTheConfiguredOrigin()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://API.example.com/v1/tokens");
        Authenticator.Apply(request);
        Assert.That(request.Headers.GetValues("x-api-key"), Is.EqualTo(new[] { "k" }));
    }

    [TestCase("https://api.example.com:443/v1/tokens")]
    [TestCase("  https://api.example.com/v1/tokens")]
    public void CredentialsGoToTheConfiguredOriginWrittenAnotherWay(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        Authenticator.Apply(request);
        Assert.That(request.Headers.GetValues("x-api-key"), Is.EqualTo(new[] { "k" }));
    }

    [TestCase("k\r\nx-injected: 1", 1)]
    [TestCase("k\u00e9", 1)]
    [TestCase("k\t", 1)]
    public void AValueThatCannotBeSentIsRefusedWhenTheAuthenticatorIsCreated(string value, int position)
    {
        var error = Assert.Throws<ArgumentException>(() => new HeaderAuthenticator("https://api.example.com/", new KeyValuePair<string, string>("x-api-key", value)))!;

        Assert.That(error.Message, Does.Contain("x-api-key").And.Contain($"position {position}").And.Not.Contain("injected"));
    }

    [TestCase("https://evil.example.com/v1/tokens")]
    [TestCase("https://api.example.com.evil.example/v1/tokens")]
    [TestCase("https://api.example.com@evil.example/v1/tokens")]
    [TestCase("http://api.example.com/v1/tokens")]
    [TestCase("https://api.example.com:8443/v1/tokens")]
    public void CredentialsNeverGoToAnotherOrigin(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        Authenticator.Apply(request);
        Assert.That(request.Headers.Contains("x-api-key"), Is.False);
    }
}
