using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Decart;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using TokenMint.Http;
using TokenMint.Telemetry;
using TokenMint.Testing;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

/// <summary>The SDK's Activity and metrics per call (ActivitySource and Meter "TokenMint"), as listeners see them.</summary>
public class TelemetryTests : FaultTest
{
    private const string Duration = "tokenmint.client.operation.duration";
    private const string Retries = "tokenmint.client.retries";

    [TestCaseSource(typeof(Vendors), nameof(Vendors.All))]
    public async Task EachVendorsCallIsOneInternalActivityNamedForItsOperationOverItsHttpAttempt(Vendor vendor)
    {
        var server = await ServeAsync(Respond(200, vendor.OkJson));
        using var telemetry = TelemetryCapture.Start();

        await vendor.MintAsync(vendor.Create(Fast(vendor.Options(server.BaseUri, ApiKey))));

        var operation = telemetry.Operations.Single();
        var attempt = telemetry.HttpAttempts.Single();
        var name = vendor.MintOperation;
        var id = VendorList.All.Single(entry => entry.Name == vendor.Name).Id;
        Assert.Multiple(() =>
        {
            Assert.That(operation.OperationName, Is.EqualTo($"{vendor.Name}.{name}"));
            Assert.That(operation.Kind, Is.EqualTo(ActivityKind.Internal));
            Assert.That(operation.ParentSpanId, Is.EqualTo(telemetry.Root.SpanId), "the caller's activity is the parent");
            Assert.That(operation.GetTagItem("tokenmint.vendor"), Is.EqualTo(id), "the vendor's id: its specs/<id>/ folder");
            Assert.That(operation.GetTagItem("tokenmint.operation"), Is.EqualTo(name));
            Assert.That(operation.GetTagItem("http.response.status_code"), Is.EqualTo(200));
            Assert.That(operation.GetTagItem("tokenmint.attempts"), Is.EqualTo(1));
            Assert.That(operation.GetTagItem("error.type"), Is.Null);
            Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Unset));
            Assert.That(attempt.ParentSpanId, Is.EqualTo(operation.SpanId), "HttpClient's attempt is a child of the operation");
        });
        var duration = telemetry.Of(Duration).Single();
        Assert.That(duration.Tags, Is.EquivalentTo(Tags(id, name)));
        Assert.That(duration.Value, Is.GreaterThan(0));
        Assert.That(duration.CurrentSpan, Is.EqualTo(operation.SpanId), "measured while the operation's span is current, for exemplars");
        Assert.That(telemetry.Of(Retries), Is.Empty);
    }

    [Test]
    public async Task ARetriedCallIsOneActivityOverEveryAttemptAndCountsEachRetry()
    {
        var server = await ServeAsync(Status(503), Status(503), Respond(200, LinkTokenJson));
        using var telemetry = TelemetryCapture.Start();

        await Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest());

        var operation = telemetry.Operations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(operation.GetTagItem("tokenmint.attempts"), Is.EqualTo(3));
            Assert.That(operation.GetTagItem("http.response.status_code"), Is.EqualTo(200), "the final attempt's status");
            Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Unset));
            Assert.That(telemetry.HttpAttempts.Select(a => a.ParentSpanId), Is.EqualTo(Enumerable.Repeat(operation.SpanId, 3)));
            Assert.That(telemetry.Of(Retries).Select(m => m.Value), Is.EqualTo(new[] { 1.0, 1.0 }));
            Assert.That(telemetry.Of(Retries).Select(m => m.Tags), Is.All.EquivalentTo(Tags("deck", "CreateLinkToken")));
            Assert.That(telemetry.Of(Duration).Single().Tags, Is.EquivalentTo(Tags("deck", "CreateLinkToken")));
        });
    }

    [TestCase(400, 1)]
    [TestCase(503, 3)]
    public async Task AFailedCallMarksItsActivityAndDurationWithTheStatusCode(int status, int attempts)
    {
        var server = await ServeAsync(Status(status));
        using var telemetry = TelemetryCapture.Start();

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        var operation = telemetry.Operations.Single();
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(error, Is.InstanceOf<ApiException>());
        Assert.Multiple(() =>
        {
            Assert.That(((ApiException)error!).StatusCode, Is.EqualTo(status));
            Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(operation.GetTagItem("error.type"), Is.EqualTo(code));
            Assert.That(operation.GetTagItem("http.response.status_code"), Is.EqualTo(status));
            Assert.That(operation.GetTagItem("tokenmint.attempts"), Is.EqualTo(attempts));
            Assert.That(telemetry.Of(Retries), Has.Count.EqualTo(attempts - 1));
            Assert.That(telemetry.Of(Duration).Single().Tags, Is.EquivalentTo(Tags("deck", "CreateLinkToken", code)));
        });
    }

    [Test]
    public async Task ACallThatGetsNoResponseReportsTheExceptionTypeAndNoStatus()
    {
        var refused = new Uri($"http://127.0.0.1:{FaultServer.FreePort()}/");
        using var telemetry = TelemetryCapture.Start();

        var error = await CallAsync(() => Deck(refused).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        var operation = telemetry.Operations.Single();
        Assert.That(error, Is.InstanceOf<HttpRequestException>());
        Assert.Multiple(() =>
        {
            Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(operation.GetTagItem("error.type"), Is.EqualTo(error!.GetType().FullName));
            Assert.That(operation.GetTagItem("http.response.status_code"), Is.Null);
            Assert.That(operation.GetTagItem("tokenmint.attempts"), Is.EqualTo(3));
            Assert.That(telemetry.HttpAttempts.Select(a => a.ParentSpanId), Is.EqualTo(Enumerable.Repeat(operation.SpanId, 3)));
            Assert.That(telemetry.Of(Duration).Single().Tags["error.type"], Is.EqualTo(error.GetType().FullName));
        });
    }

    [Test]
    public async Task ACanceledCallEndsItsActivityAndDurationWithTheCancellationsType()
    {
        using var caller = new CancellationTokenSource();
        // A gate, not a timer: the caller cancels once the server holds the request.
        var server = await ServeAsync((context, aborted) =>
        {
            _ = Task.Run(caller.Cancel);
            return Task.Delay(Timeout.Infinite, aborted);
        });
        using var telemetry = TelemetryCapture.Start();

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest(), caller.Token));

        var operation = telemetry.Operations.Single();
        Assert.That(error, Is.InstanceOf<OperationCanceledException>());
        Assert.Multiple(() =>
        {
            Assert.That(((OperationCanceledException)error!).CancellationToken, Is.EqualTo(caller.Token));
            Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(operation.GetTagItem("error.type"), Is.EqualTo(error.GetType().FullName));
            Assert.That(operation.GetTagItem("tokenmint.attempts"), Is.EqualTo(1));
            Assert.That(telemetry.Of(Duration).Single().Tags["error.type"], Is.EqualTo(error.GetType().FullName));
            Assert.That(telemetry.Of(Retries), Is.Empty);
        });
    }

    [Test]
    public async Task ACallWithResponseIsObservedLikeAnyOtherAndStillReturnsItsResponse()
    {
        var server = await ServeAsync(Respond(200, LinkTokenJson, "application/json", ("x-request-id", "req-1")));
        using var telemetry = TelemetryCapture.Start();

        var response = await Deck(server.BaseUri).CreateLinkTokenWithResponseAsync(new CreateLinkTokenRequest());

        var operation = telemetry.Operations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.Value.LinkToken, Is.EqualTo(LinkToken));
            Assert.That(response.StatusCode, Is.EqualTo(200));
            Assert.That(response.RequestId, Is.EqualTo("req-1"));
            Assert.That(operation.OperationName, Is.EqualTo("Deck.CreateLinkToken"));
            Assert.That(operation.GetTagItem("http.response.status_code"), Is.EqualTo(200));
            Assert.That(operation.GetTagItem("tokenmint.attempts"), Is.EqualTo(1));
            Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Unset));
            Assert.That(telemetry.HttpAttempts.Single().ParentSpanId, Is.EqualTo(operation.SpanId));
            Assert.That(telemetry.Of(Duration).Single().Tags, Is.EquivalentTo(Tags("deck", "CreateLinkToken")));
        });
    }

    [Test]
    public async Task ACallRefusedBeforeSendingReportsNoAttemptNoStatusAndTheArgumentExceptionsType()
    {
        var server = await ServeAsync(Respond(200, Vendor.Decart.OkJson));
        using var telemetry = TelemetryCapture.Start();
        var decart = (DecartClient)Vendor.Decart.Create(Fast(Vendor.Decart.Options(server.BaseUri, ApiKey)));
        // The spec allows at most 20 origins: the request is refused as it is built.
        var request = new CreateClientTokenRequest { ExpiresIn = 60, AllowedOrigins = [.. Enumerable.Range(0, 21).Select(i => $"https://{i}.example")] };

        var error = await CallAsync(() => decart.CreateClientTokenAsync(request));

        var operation = telemetry.Operations.Single();
        Assert.That(error, Is.TypeOf<ArgumentException>());
        Assert.Multiple(() =>
        {
            Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(operation.GetTagItem("error.type"), Is.EqualTo("System.ArgumentException"));
            Assert.That(operation.GetTagItem("http.response.status_code"), Is.Null);
            Assert.That(operation.GetTagItem("tokenmint.attempts"), Is.EqualTo(0));
            Assert.That(telemetry.HttpAttempts, Is.Empty);
            Assert.That(telemetry.Of(Duration).Single().Tags, Is.EquivalentTo(Tags("decart", "CreateClientToken", "System.ArgumentException")));
            Assert.That(server.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task ACallOverACallersHttpClientWithoutTheRetryHandlerCountsOneAttempt()
    {
        var server = await ServeAsync(Status(503));
        using var http = new HttpClient(TokenMintHttpClient.CreatePrimaryHandler());
        using var telemetry = TelemetryCapture.Start();

        var error = await CallAsync(() => new DeckClient(DeckOptions(server.BaseUri), http).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        var operation = telemetry.Operations.Single();
        Assert.That(error, Is.InstanceOf<ApiException>());
        Assert.Multiple(() =>
        {
            Assert.That(operation.GetTagItem("tokenmint.attempts"), Is.EqualTo(1));
            Assert.That(operation.GetTagItem("http.response.status_code"), Is.EqualTo(503));
            Assert.That(operation.GetTagItem("error.type"), Is.EqualTo("503"));
            Assert.That(telemetry.Of(Retries), Is.Empty);
            Assert.That(server.Requests, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task NoTagEventStatusOrBaggageCarriesACredentialOrAToken()
    {
        var echo = $"{{\"error\": \"bad secret {Secret}\", \"link_token\": \"{LinkToken}\"}}";
        var server = await ServeAsync(Respond(200, LinkTokenJson, "application/json", ("x-echo", Secret)), Respond(400, echo, "application/json", ("x-echo", Secret)));
        using var telemetry = TelemetryCapture.Start();
        var deck = Deck(server.BaseUri);

        await deck.CreateLinkTokenAsync(new CreateLinkTokenRequest());
        Assert.That(await CallAsync(() => deck.CreateLinkTokenAsync(new CreateLinkTokenRequest(), new RequestOptions { IdempotencyKey = AccessToken })),
            Is.InstanceOf<ApiException>());

        var seen = telemetry.Stopped.SelectMany(Texts).Concat(telemetry.Measurements.SelectMany(m => m.Tags.Select(t => $"{t.Key}={t.Value}"))).ToList();
        Assert.That(telemetry.Operations, Has.Count.EqualTo(2));
        Assert.That(telemetry.HttpAttempts, Has.Count.EqualTo(2));
        foreach (var secret in Secrets.Append(ClientId))
            Assert.That(seen, Has.None.Contain(secret));
    }

    [Test]
    public async Task WithoutAListenerACallAllocatesNoTelemetry()
    {
        var server = await ServeAsync(Respond(200, LinkTokenJson));
        var stamped = new List<bool>();
        using var http = new HttpClient(new Inspect(request => stamped.Add(OperationCall.Of(request) is not null), TokenMintHttpClient.CreatePrimaryHandler()));
        var deck = new DeckClient(DeckOptions(server.BaseUri), http);

        Assert.That(ClientTelemetry.Listening, Is.False, "no listener is left over from another test");
        await deck.CreateLinkTokenAsync(new CreateLinkTokenRequest());
        using (TelemetryCapture.Start())
            await deck.CreateLinkTokenAsync(new CreateLinkTokenRequest());

        Assert.That(stamped, Is.EqualTo(new[] { false, true }), "a call is observed only while someone listens");
    }

    [Test]
    public async Task ASamplerThatRecordsNothingGetsNoActivityWhileTheDurationIsStillMeasured()
    {
        var server = await ServeAsync(Respond(200, LinkTokenJson));
        using var telemetry = TelemetryCapture.StartSamplingNothing();

        var result = await Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest());

        Assert.That(result.LinkToken, Is.EqualTo(LinkToken));
        Assert.That(telemetry.Operations, Is.Empty);
        Assert.That(telemetry.Of(Duration), Has.Count.EqualTo(1));
    }

    private static Dictionary<string, object?> Tags(string vendor, string operation, string? errorType = null)
    {
        var tags = new Dictionary<string, object?> { ["tokenmint.vendor"] = vendor, ["tokenmint.operation"] = operation };
        if (errorType is not null)
            tags["error.type"] = errorType;
        return tags;
    }

    // Everything an exporter could send of an activity.
    private static IEnumerable<string> Texts(Activity activity) =>
        new[] { activity.OperationName, activity.DisplayName, activity.StatusDescription ?? string.Empty }
            .Concat(activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(activity.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}").Append(e.Name)))
            .Concat(activity.Baggage.Select(b => $"{b.Key}={b.Value}"));

    private sealed class Inspect(Action<HttpRequestMessage> seen, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen(request);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
