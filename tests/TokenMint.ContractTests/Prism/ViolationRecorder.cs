using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace TokenMint.ContractTests.Prism;

/// <summary>
/// Sits between the SDK and the network and records each response's status and Prism's <c>sl-violations</c> header,
/// in which Prism lists what breaks the spec: in the request (body, headers, security), or in the response it made up.
/// </summary>
public sealed class ViolationRecorder : DelegatingHandler
{
    /// <summary>The header in which Prism lists violations.</summary>
    public const string ViolationsHeader = "sl-violations";

    private readonly ConcurrentQueue<RecordedExchange> _exchanges = new();

    /// <summary>Creates the recorder over a handler that does not follow redirects, as the SDK's own.</summary>
    public ViolationRecorder()
        : base(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
    }

    /// <summary>Every exchange so far, oldest first.</summary>
    public IReadOnlyList<RecordedExchange> Exchanges => _exchanges.ToArray();

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var violations = response.Headers.TryGetValues(ViolationsHeader, out var values) ? string.Join(" ", values) : null;
        _exchanges.Enqueue(new RecordedExchange(request.Method, request.RequestUri, response.StatusCode, violations));
        return response;
    }
}
