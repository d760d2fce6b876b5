using System;
using System.Net;
using System.Net.Http;
using NUnit.Framework;
using TokenMint.Http;

namespace TokenMint.Tests.Core;

public class RetryDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    [TestCase("Retry-After", "0")]
    [TestCase("Retry-After", "-5")]
    [TestCase("Retry-After", "soon")]
    [TestCase("Retry-After", "Sun, 22 Nov 2026 14:00:00 GMT", TestName = "ARetryAfterDateInThePastAsksForNoWait")]
    [TestCase("Retry-After", "Mon, 23 Nov 2026 14:00:00 GMT", TestName = "ARetryAfterDateOfNowAsksForNoWait")]
    [TestCase("retry-after-ms", "0")]
    [TestCase("retry-after-ms", "-1")]
    [TestCase("retry-after-ms", "NaN")]
    public void AServerAskingForNoWaitLeavesTheDelayToBackOff(string header, string value) =>
        Assert.That(RetryDelay.FromServer(Response((header, value)), Now), Is.Null);

    [TestCase("Retry-After", "1e30")]
    [TestCase("retry-after-ms", "1e400")]
    [TestCase("retry-after-ms", "Infinity")]
    [TestCase("retry-after-ms", "99999999999999999999999")]
    public void AWaitTooLongForATimeSpanIsTheLongestOne(string header, string value) =>
        Assert.That(RetryDelay.FromServer(Response((header, value)), Now), Is.EqualTo(TimeSpan.MaxValue));

    [TestCase("Retry-After", "30", 30_000)]
    [TestCase("Retry-After", "1.5", 1_500)]
    [TestCase("Retry-After", "Mon, 23 Nov 2026 14:00:20 GMT", 20_000)]
    [TestCase("retry-after-ms", "250", 250)]
    [TestCase("Retry-After", "99999999999", 99_999_999_999_000, TestName = "ARetryAfterBeyondTheHeaderParsersIntIsStillRead")]
    public void APositiveWaitIsTakenAsAsked(string header, string value, long milliseconds) =>
        Assert.That(RetryDelay.FromServer(Response((header, value)), Now), Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));

    [Test]
    public void AnUnreadableRetryAfterMsFallsBackToRetryAfter() =>
        Assert.That(RetryDelay.FromServer(Response(("retry-after-ms", "later"), ("Retry-After", "3")), Now), Is.EqualTo(TimeSpan.FromSeconds(3)));

    [Test]
    public void NoHeaderAsksForNoWait() => Assert.That(RetryDelay.FromServer(Response(), Now), Is.Null);

    private static HttpResponseMessage Response(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        foreach (var (name, value) in headers)
            response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }
}
