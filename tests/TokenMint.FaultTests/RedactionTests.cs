using System;
using System.IO;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using TokenMint.Http;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

public class RedactionTests : FaultTest
{
    // Short, and shaped like no token: no pattern catches it, only knowing what the client sent does.
    private const string ShortKey = "k-5e7a9c";

    // A member named like a token that the error models keep in AdditionalProperties.
    private const string SessionToken = "sess-3c1f";

    [TestCaseSource(typeof(Vendors), nameof(Vendors.All))]
    public async Task AnErrorEchoingTheShortCredentialShowsItNowhere(Vendor vendor)
    {
        var (status, body) = EchoedCredentialResponse(vendor);
        var server = await ServeAsync(Respond(status, body, "application/json",
            ("Set-Cookie", $"session={ShortKey}; HttpOnly"), (vendor.CredentialHeader, ShortKey),
            ("x-request-id", "req-echo"), ("x-ratelimit-remaining", "7")));

        var error = await CallAsync(() => vendor.MintAsync(Fast, server.BaseUri, ShortKey));

        var failure = error as ApiException;
        Assert.That(failure, Is.Not.Null, error?.ToString());
        Assert.That(failure!.GetType().IsGenericType, Is.True, $"a typed error, not {failure.GetType().Name}: {failure.Message}");
        var payload = JsonConvert.SerializeObject(failure.GetType().GetProperty(nameof(ApiException<object>.Error))!.GetValue(failure));
        Assert.Multiple(() =>
        {
            Assert.That(payload, Does.Not.Contain(ShortKey).And.Not.Contain(SessionToken));
            Assert.That(payload, Does.Contain("is revoked"), "the rest of the payload is kept");
            Assert.That(failure.ResponseExcerpt, Does.Not.Contain(ShortKey).And.Contain("is revoked"));
            Assert.That(failure.Message, Does.Not.Contain(ShortKey));
            Assert.That(failure.ToString(), Does.Not.Contain(ShortKey));
            Assert.That(failure.Headers["Set-Cookie"], Is.EqualTo(new[] { Redactor.Mask }));
            Assert.That(failure.Headers[vendor.CredentialHeader], Is.EqualTo(new[] { Redactor.Mask }));
            Assert.That(failure.Headers["x-request-id"], Is.EqualTo(new[] { "req-echo" }));
            Assert.That(failure.Headers["x-ratelimit-remaining"], Is.EqualTo(new[] { "7" }));
            Assert.That(failure.RequestId, Is.EqualTo("req-echo"));
            Assert.That(Logs.Text, Does.Not.Contain(ShortKey));
        });
    }

    [Test]
    public async Task OneloopsBearerKeyIsMaskedOnItsOwnAsWellAsWithItsScheme()
    {
        var server = await ServeAsync(Respond(500, $"{{\"message\": \"header was Bearer {ShortKey}; key {ShortKey} unknown\"}}"));

        var error = await CallAsync(() => Vendor.Oneloop.MintAsync((o, _) => Fast(o, x => x.MaxRetries = 0), server.BaseUri, ShortKey));

        var excerpt = ((ApiException)error!).ResponseExcerpt;
        Assert.That(excerpt, Does.Not.Contain(ShortKey));
        Assert.That(excerpt, Does.Contain($"header was {Redactor.Mask}; key {Redactor.Mask} unknown"));
    }

    [Test]
    public async Task ARetryAfterTooLongExceptionMasksTheShortCredentialAndUnsafeHeaders()
    {
        var server = await ServeAsync(Respond(429, $"{{\"message\": \"slow down, {ShortKey}\"}}", "application/json",
            ("Retry-After", "600"), ("x-deck-secret", ShortKey), ("x-request-id", "req-429")));

        var error = await CallAsync(() => Deck(server.BaseUri, o => o.Secret = ShortKey).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        var tooLong = error as RetryAfterTooLongException;
        Assert.That(tooLong, Is.Not.Null, error?.ToString());
        Assert.That(tooLong!.ResponseExcerpt, Does.Not.Contain(ShortKey).And.Contain("slow down"));
        Assert.That(tooLong.ToString(), Does.Not.Contain(ShortKey));
        Assert.That(tooLong.Headers["x-deck-secret"], Is.EqualTo(new[] { Redactor.Mask }));
        Assert.That(tooLong.Headers["Retry-After"], Is.EqualTo(new[] { "600" }));
        Assert.That(tooLong.RequestId, Is.EqualTo("req-429"));
    }

    // Canned/echoed-credential/<Vendor>.json: the status of the vendor's typed error and a body quoting {credential}.
    private static (int Status, string Body) EchoedCredentialResponse(Vendor vendor)
    {
        var canned = JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Canned", "echoed-credential", vendor.Name + ".json")));
        return ((int)canned["status"]!, canned["body"]!.ToString(Formatting.None).Replace("{credential}", ShortKey));
    }
}
