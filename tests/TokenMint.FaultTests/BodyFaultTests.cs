using System;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using TokenMint.Http;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

public class BodyFaultTests : FaultTest
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    [Test]
    public async Task TruncatedJsonInACompleteResponseIsAnApiExceptionThatDoesNotQuoteTheToken()
    {
        var server = await ServeAsync(Respond(200, $"{{\"link_token\": \"{LinkToken}"));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(200));
        Assert.That(error!.InnerException, Is.TypeOf<ResponseFormatException>());
        AssertCarriesNoSecret(error);
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task MalformedJsonIsAnApiExceptionThatDoesNotQuoteTheToken()
    {
        var server = await ServeAsync(Respond(200, $"{{\"link_token\": \"{LinkToken}\",, \"expires\": }}"));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(200));
        Assert.That(error!.InnerException, Is.TypeOf<ResponseFormatException>());
        AssertCarriesNoSecret(error);
        Assert.That(((ApiException)error).ResponseExcerpt, Does.Contain(Redactor.Mask));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task AGatewaysHtmlErrorPageIsRetriedThenReportedWithItsStatusAndAnExcerpt()
    {
        var server = await ServeAsync(Html(502));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(502));
        Assert.That(((ApiException)error!).ResponseExcerpt, Does.Contain("Bad Gateway"));
        Assert.That(server.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task AnHtmlPageWithStatus200IsAnApiExceptionAndIsNotRetried()
    {
        var server = await ServeAsync(Respond(200, "<html><body>Sign in to continue</body></html>", "text/html"));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(200));
        Assert.That(error!.InnerException, Is.TypeOf<ResponseFormatException>());
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task AnEmptySuccessBodyIsAnApiExceptionAndIsNotRetried()
    {
        var server = await ServeAsync(Respond(200, string.Empty));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(200));
        Assert.That(error!.Message, Does.Contain("Response was null"));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ATenMegabyteBodyWithItsLengthDeclaredIsRefusedUnread()
    {
        var server = await ServeAsync(Large(TenMegabytes, declareLength: true));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<ApiException>().With.Property(nameof(ApiException.StatusCode)).EqualTo(200));
        Assert.That(error!.Message, Does.Contain("larger than ClientOptions.MaxResponseSize (1,048,576 bytes)"));
        Assert.That(((ApiException)error).ResponseExcerpt, Is.Empty);
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ATenMegabyteStreamedBodyIsCutOffAtTheLimit()
    {
        var server = await ServeAsync(Large(TenMegabytes, declareLength: false));

        var error = await CallAsync(() => Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.TypeOf<ApiException>().With.Message.Contains("MaxResponseSize"));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task RaisingMaxResponseSizeLetsATenMegabyteBodyThrough()
    {
        var server = await ServeAsync(Large(TenMegabytes, declareLength: false));
        CreateLinkTokenResponse? result = null;

        var error = await CallAsync(async () =>
            result = await Deck(server.BaseUri, o => o.MaxResponseSize = 16 * 1024 * 1024).CreateLinkTokenAsync(new CreateLinkTokenRequest()));

        Assert.That(error, Is.Null);
        Assert.That(result!.LinkToken, Has.Length.EqualTo(TenMegabytes - 17));
    }
}
