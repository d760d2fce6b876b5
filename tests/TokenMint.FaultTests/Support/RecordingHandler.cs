using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using TokenMint.Http;

namespace TokenMint.FaultTests.Support;

/// <summary>An in-memory handler that records the retry class stamped on each request and answers 202 with a Deck connection.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    public List<RetrySafety?> RetryClasses { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RetryClasses.Add(RequestPolicy.GetRetrySafety(request));
        var body = request.RequestUri!.AbsolutePath.EndsWith("/connections")
            ? """{"connection_id": "0b6f3c9e-2d7a-4f1b-8e5c-9a4d3b2c1e0f", "status": "PENDING", "source_id": "5a1e2b3c-4d5e-6f70-8192-a3b4c5d6e7f8", "auth_method": "credentials", "created_at": 1, "updated_at": 1}"""
            : """{"link_token": "link-ok"}""";
        var status = request.RequestUri.AbsolutePath.EndsWith("/connections") ? HttpStatusCode.Accepted : HttpStatusCode.OK;
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") });
    }
}
