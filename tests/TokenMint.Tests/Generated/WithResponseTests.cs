using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Tests.Support;

namespace TokenMint.Tests.Generated;

/// <summary>XxxWithResponseAsync, for every operation and both its overloads: the result with the response's metadata.</summary>
public class WithResponseTests
{
    private static readonly (string Name, string Value)[] ResponseHeaders =
    [
        ("x-request-id", "req-7f3a9c"),
        ("X-RateLimit-Remaining", "41"),
        // Not on ApiException's allowlist, so an exception would mask it; the caller's own response shows it as sent.
        ("x-vendor-note", "kept-as-sent"),
    ];

    [TestCaseSource(typeof(Operation), nameof(Operation.EachWithAndWithoutRequestOptions))]
    public async Task WithResponseReturnsTheResultWithTheStatusHeadersAndRequestId(Operation operation, bool withRequestOptions)
    {
        using var wire = new Wire(operation.Status, Canned.Read(operation.Canned), ResponseHeaders);

        var answered = await operation.CallWithResponseAsync(operation.Client(wire.CreateClient()), withRequestOptions ? new RequestOptions() : null);

        Assert.Multiple(() =>
        {
            Assert.That(answered.Token, Is.EqualTo(operation.Token));
            Assert.That(answered.StatusCode, Is.EqualTo((int)operation.Status));
            Assert.That(answered.RequestId, Is.EqualTo("req-7f3a9c"));
            Assert.That(answered.Headers["x-ratelimit-remaining"], Is.EqualTo(new[] { "41" }), "keys compare case-insensitively");
            Assert.That(answered.Headers["X-Vendor-Note"], Is.EqualTo(new[] { "kept-as-sent" }));
            Assert.That(answered.Headers["Content-Type"].Single(), Does.StartWith("application/json"), "content headers are included");
        });
    }

    [TestCaseSource(typeof(Operation), nameof(Operation.EachWithAndWithoutRequestOptions))]
    public async Task WithResponseSendsExactlyTheRequestTheOperationSends(Operation operation, bool withRequestOptions)
    {
        using var wire = new Wire(operation.Status, Canned.Read(operation.Canned));
        var client = operation.Client(wire.CreateClient());
        RequestOptions? Options() => withRequestOptions ? new RequestOptions { IdempotencyKey = "key-1", Headers = { ["x-caller-tag"] = "t-1" } } : null;

        await operation.CallAsync(client, Options());
        await operation.CallWithResponseAsync(client, Options());

        var (plain, withResponse) = (wire.Requests[0], wire.Requests[1]);
        Assert.Multiple(() =>
        {
            Assert.That(withResponse.Method, Is.EqualTo(plain.Method));
            Assert.That(withResponse.Uri, Is.EqualTo(plain.Uri));
            Assert.That(withResponse.Headers, Is.EquivalentTo(plain.Headers));
            Assert.That(withResponse.ContentType, Is.EqualTo(plain.ContentType));
            Assert.That(withResponse.Body, Is.EqualTo(plain.Body));
        });
        if (withRequestOptions)
            Assert.That(withResponse.Headers["x-caller-tag"], Is.EqualTo("t-1"));
    }

    [TestCaseSource(typeof(Operation), nameof(Operation.EachWithAndWithoutRequestOptions))]
    public async Task WithResponseThrowsExactlyAsTheOperationDoes(Operation operation, bool withRequestOptions)
    {
        using var wire = new Wire(HttpStatusCode.InternalServerError, "{\"error\": \"upstream failed\"}", ("x-request-id", "req-err"));
        var client = operation.Client(wire.CreateClient());
        var options = withRequestOptions ? new RequestOptions() : null;

        var plain = Assert.ThrowsAsync<ApiException>(() => operation.CallAsync(client, options))!;
        var withResponse = Assert.ThrowsAsync<ApiException>(() => operation.CallWithResponseAsync(client, options))!;

        Assert.Multiple(() =>
        {
            Assert.That(withResponse.GetType(), Is.EqualTo(plain.GetType()));
            Assert.That(withResponse.StatusCode, Is.EqualTo(500));
            Assert.That(withResponse.Message, Is.EqualTo(plain.Message));
            Assert.That(withResponse.RequestId, Is.EqualTo("req-err"));
            Assert.That(withResponse.ResponseExcerpt, Is.EqualTo(plain.ResponseExcerpt));
        });
    }

    [Test]
    public void TheseTestsCoverEveryOperationOfEveryVendor()
    {
        var generated = GeneratedApiShapeTests.Operations()
            .Select(o => $"{o.Client.Name[..^"Client".Length]}.{o.Method.Name[..^"Async".Length]}").Distinct().Order();

        Assert.That(Operation.All.Select(o => o.Name).Order(), Is.EqualTo(generated),
            "tests/TokenMint.Tests/Support/Operations.cs should list every operation of every vendor.");
    }

    [Test]
    public void ApiResponseFindsTheRequestIdByTheSameRuleAsApiException()
    {
        var headers = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IEnumerable<string>>
        {
            ["CF-Ray"] = ["ray-1"],
            ["Request-Id"] = ["rid-2"],
        };

        var response = new ApiResponse<string>("value", 200, headers);
        var exception = new ApiException("failed", 500, null, headers, null);

        Assert.That(response.RequestId, Is.EqualTo("rid-2"));
        Assert.That(response.RequestId, Is.EqualTo(exception.RequestId));
    }

    [Test]
    public void AResponseWithNoResultKeepsItsStatusHeadersAndRequestIdAsTheGenericOneDoes()
    {
        var headers = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IEnumerable<string>>
        {
            ["X-Request-Id"] = ["req-204"],
        };

        ApiResponse response = new ApiResponse(204, headers);
        ApiResponse withResult = new ApiResponse<string>("value", 200, headers);

        Assert.That(response.StatusCode, Is.EqualTo(204));
        Assert.That(response.RequestId, Is.EqualTo("req-204"));
        Assert.That(response.Headers["x-request-id"], Is.EqualTo(new[] { "req-204" }));
        Assert.That(withResult.RequestId, Is.EqualTo("req-204"));
    }
}
