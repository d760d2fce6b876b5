using System.Collections.Generic;
using Newtonsoft.Json;
using NUnit.Framework;

namespace TokenMint.Tests.Core;

public class ApiExceptionTests
{
    private static readonly Dictionary<string, IEnumerable<string>> Headers = new()
    {
        ["X-Request-Id"] = ["req-7"],
        ["Content-Type"] = ["application/json"],
    };

    [Test]
    public void StatusHeadersAndRequestIdAreKept()
    {
        var error = new ApiException("Failed.", 503, "busy", Headers, null);
        Assert.That(error.StatusCode, Is.EqualTo(503));
        Assert.That(error.Headers["Content-Type"], Is.EqualTo(new[] { "application/json" }));
        Assert.That(error.RequestId, Is.EqualTo("req-7"));
        Assert.That(error.Message, Does.Contain("HTTP 503").And.Contain("req-7"));
    }

    [Test]
    public void TheBodyNeverReachesMessageOrToString()
    {
        const string token = "tok_1234567890abcdefghijklmnop";
        var error = new ApiException("Failed.", 500, $$"""{"token":"{{token}}"}""", Headers, null);
        Assert.That(error.ToString(), Does.Not.Contain(token));
        Assert.That(error.ResponseExcerpt, Does.Not.Contain(token));
    }

    [Test]
    public void AJsonErrorQuotingAValueIsReplacedByItsPosition()
    {
        const string token = "tok_secret_value";
        var inner = Assert.Throws<JsonReaderException>(() => JsonConvert.DeserializeObject<int>($"\"{token}\""))!;
        Assert.That(inner.Message, Does.Contain(token), "precondition: Json.NET quotes the value");
        var error = new ApiException("Could not deserialize.", 200, null, Headers, inner);
        Assert.That(error.ToString(), Does.Not.Contain(token));
        Assert.That(error.InnerException, Is.InstanceOf<TokenMint.Http.ResponseFormatException>());
    }

    [Test]
    public void TypedErrorsCarryTheirPayloadAndErrorCode()
    {
        var error = new ApiException<CodedError>("Bad.", 400, "{}", Headers, new CodedError(), null);
        Assert.That(error.Error, Is.Not.Null);
        Assert.That(error.ErrorCode, Is.EqualTo("E42"));
    }

    [Test]
    public void OnlyHeadersKnownToBeSafeShowTheirValues()
    {
        var headers = new Dictionary<string, IEnumerable<string>>
        {
            ["Set-Cookie"] = ["session=abc123; HttpOnly"],
            ["x-trackstar-api-key"] = ["trk-5e7a9c"],
            ["x-vendor-debug"] = ["anything"],
            ["x-request-id"] = ["req-9"],
            ["Retry-After"] = ["30"],
            ["retry-after-ms"] = ["1500"],
            ["x-ratelimit-remaining"] = ["7"],
            ["Content-Type"] = ["application/json"],
            ["cf-ray"] = ["8a1b2c3d4e5f-AMS"],
        };

        var error = new ApiException("Failed.", 429, null, headers, null);

        Assert.Multiple(() =>
        {
            foreach (var name in new[] { "Set-Cookie", "x-trackstar-api-key", "x-vendor-debug" })
                Assert.That(error.Headers[name], Is.EqualTo(new[] { "[REDACTED]" }), name);
            foreach (var name in new[] { "x-request-id", "Retry-After", "retry-after-ms", "x-ratelimit-remaining", "Content-Type", "cf-ray" })
                Assert.That(error.Headers[name], Is.EqualTo(headers[name]), name);
            Assert.That(error.Headers.ContainsKey("set-cookie"), Is.True, "names stay, looked up without regard to case");
            Assert.That(error.RequestId, Is.EqualTo("req-9"));
        });
    }

    private sealed class CodedError : IApiError
    {
        public string? ErrorCode => "E42";
    }
}
