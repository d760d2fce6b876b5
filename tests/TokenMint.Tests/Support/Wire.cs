using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace TokenMint.Tests.Support;

/// <summary>A MockHttp handler that records every request (with its body) and answers with a canned response.</summary>
public sealed class Wire : IDisposable
{
    private readonly MockHttpMessageHandler _mock = new();
    private readonly List<RecordedRequest> _requests = new();

    public Wire(HttpStatusCode status = HttpStatusCode.OK, string? body = null, params (string Name, string Value)[] headers)
    {
        _mock.Fallback.Respond(request =>
        {
            _requests.Add(RecordedRequest.From(request));
            var response = new HttpResponseMessage(status)
            {
                Content = body is null ? new ByteArrayContent([]) : new StringContent(body, Encoding.UTF8, "application/json"),
            };
            foreach (var (name, value) in headers)
                response.Headers.TryAddWithoutValidation(name, value);
            return response;
        });
    }

    public IReadOnlyList<RecordedRequest> Requests => _requests;

    public RecordedRequest Single => _requests.Count == 1
        ? _requests[0]
        : throw new InvalidOperationException($"Expected one request, saw {_requests.Count}.");

    public HttpClient CreateClient() => new(_mock, disposeHandler: false);

    /// <summary>The handler itself, for IHttpClientFactory's primary handler.</summary>
    public HttpMessageHandler Handler => _mock;

    public void Dispose() => _mock.Dispose();
}

/// <summary>What the SDK put on the wire.</summary>
public sealed record RecordedRequest(
    HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string Body)
{
    public JToken Json => JToken.Parse(Body);

    public static RecordedRequest From(HttpRequestMessage request)
    {
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value));
        var body = request.Content?.ReadAsStringAsync().GetAwaiter().GetResult() ?? string.Empty;
        return new RecordedRequest(request.Method, request.RequestUri!, headers, request.Content?.Headers.ContentType?.ToString(), body);
    }
}

/// <summary>Canned JSON kept in Canned/ folders beside the tests.</summary>
public static class Canned
{
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));
}
