using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using TokenMint.Http;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

public class SecurityTests : FaultTest
{
    [TestCase(301)]
    [TestCase(302)]
    [TestCase(307)]
    [TestCase(308)]
    public async Task ARedirectToAnotherPortIsNotFollowedSoTheCredentialsStayHome(int status)
    {
        var elsewhere = await ServeAsync(Respond(200, LinkTokenJson));
        var server = await ServeAsync(Redirect(status, new Uri(elsewhere.BaseUri, "link/token/create")));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(status));
        Assert.That(server.Requests.Single().Header("x-deck-secret"), Is.EqualTo(Secret));
        Assert.That(elsewhere.Requests, Is.Empty);
    }

    [Test]
    public void CredentialsAreAddedOnlyForTheConfiguredOrigin()
    {
        var authenticator = new HeaderAuthenticator("http://127.0.0.1:5000/api/v1/", new KeyValuePair<string, string>("x-deck-secret", Secret));

        string? Sent(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url);
            authenticator.Apply(request);
            return request.Headers.TryGetValues("x-deck-secret", out var values) ? values.Single() : null;
        }

        Assert.That(Sent("http://127.0.0.1:5000/api/v1/link/token/create"), Is.EqualTo(Secret));
        Assert.That(Sent("HTTP://127.0.0.1:5000/other/path"), Is.EqualTo(Secret));
        Assert.That(Sent("http://127.0.0.1:5001/api/v1/link/token/create"), Is.Null, "another port");
        Assert.That(Sent("https://127.0.0.1:5000/api/v1/link/token/create"), Is.Null, "another scheme");
        Assert.That(Sent("http://localhost:5000/api/v1/link/token/create"), Is.Null, "another host name");
        Assert.That(Sent("http://127.0.0.1:5000@evil.example/api/v1"), Is.Null, "user info that hides another host");
    }

    [Test]
    public async Task LogsNameTheMethodUrlStatusAttemptAndDelay()
    {
        var server = await ServeAsync(Status(503), Respond(200, LinkTokenJson));

        await Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest());

        var url = new Uri(server.BaseUri, "link/token/create").ToString();
        var sending = Logs.Named("AttemptSending");
        Assert.That(sending.Select(e => e.Message), Is.EqualTo(new[]
        {
            $"Sending POST {url} (attempt 1 of 3)",
            $"Sending POST {url} (attempt 2 of 3)",
        }));
        Assert.That(Logs.Named("AttemptResponded").Select(e => e.Values["StatusCode"]), Is.EqualTo(new object[] { 503, 200 }));
        var retry = Logs.Named("RetryScheduled").Single();
        Assert.That(retry.Level, Is.EqualTo(LogLevel.Information));
        Assert.That(retry.Message, Does.StartWith($"Retrying POST {url} after HTTP 503 in ").And.EndWith("ms (attempt 2)"));
        Assert.That(Logs.Entries.Select(e => e.Category).Distinct(), Is.EqualTo(new[] { "TokenMint.Http.RetryHandler" }));
    }

    [Test]
    public async Task LogsCarryNoHeaderValueAndNoBodyEvenWhenEveryAttemptFails()
    {
        var server = await ServeAsync(
            Respond(500, $"{{\"error\": \"upstream\", \"link_token\": \"{LinkToken}\", \"echo\": \"{Secret}\"}}"),
            Reset(),
            BreakMidBody(200, $"{{\"link_token\": \"{LinkToken}"));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Not.Null);
        Assert.That(Logs.Entries, Has.Length.GreaterThanOrEqualTo(8));
        Assert.That(Logs.Text, Does.Not.Contain(ClientId).And.Not.Contain("x-deck"));
    }

    [TestCase(401)]
    [TestCase(500)]
    public async Task AnErrorBodyThatEchoesTheSecretAndATokenIsRedactedInTheException(int status)
    {
        var server = await ServeAsync(Respond(status, $"{{\"message\": \"bad key {Secret}\", \"access_token\": \"{AccessToken}\", \"link_token\": \"{LinkToken}\"}}"));

        var error = await CallAsync(() => Deck(server.BaseUri, o => o.MaxRetries = 0).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.InstanceOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(status));
        AssertCarriesNoSecret(error!);
        Assert.That(((ApiException)error!).ResponseExcerpt, Does.Not.Contain(Secret).And.Contain(Redactor.Mask));
    }

    [Test]
    public async Task ARetryAfterTooLongExceptionRedactsTheBodyItKeeps()
    {
        var server = await ServeAsync(Respond(429, $"{{\"retry_token\": \"{LinkToken}\"}}", "application/json", ("Retry-After", "600")));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<RetryAfterTooLongException>());
        AssertCarriesNoSecret(error!);
        Assert.That(((ApiException)error!).ResponseExcerpt, Does.Contain(Redactor.Mask));
    }

    [Test]
    public void LoggedUrlsLeaveOutUserInfoAndTheQuery()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"https://user:{Secret}@api.example.com:8443/v1/tokens?key={ApiKey}");

        var url = RetryLog.Url(request);

        Assert.That(url, Is.EqualTo("https://api.example.com:8443/v1/tokens"));
    }
}
