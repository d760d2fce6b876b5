using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.Http;

namespace TokenMint.Tests.Core;

public class ClientBaseTests
{
    [Test]
    public async Task AJsonBodyIsSentAsUtf8BytesOfExactlyItsLength()
    {
        using var content = Probe.Json(new Note { Text = "Grüße, 東京 🚀" }, "application/json");

        var bytes = await content.ReadAsByteArrayAsync();

        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo("{\"text\":\"Grüße, 東京 🚀\"}"));
        Assert.That(content.Headers.ContentLength, Is.EqualTo(bytes.Length));
        Assert.That(content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task ABodyLargerThanTheKeptBufferIsWrittenWholeAndTheNextBodyIsUnaffected()
    {
        var large = new string('x', 40_000);
        using var first = Probe.Json(new Note { Text = large }, "application/json");
        using var second = Probe.Json(new Note { Text = "small" }, "application/json");

        Assert.That(JObject.Parse(await first.ReadAsStringAsync())["text"]!.Value<string>(), Has.Length.EqualTo(40_000));
        Assert.That(await second.ReadAsStringAsync(), Is.EqualTo("{\"text\":\"small\"}"));
    }

    [Test]
    public async Task ABodyThatFailsValidationHalfwayLeavesNothingBehindForTheNextCall()
    {
        var invalid = new Outer { Before = "kept?", Inner = new Note() };
        Assert.Throws<ArgumentException>(() => Probe.Json(invalid, "application/json"));

        using var next = Probe.Json(new Note { Text = "next" }, "application/json");

        Assert.That(await next.ReadAsStringAsync(), Is.EqualTo("{\"text\":\"next\"}"));
    }

    [TestCase("POST")]
    [TestCase("GET")]
    [TestCase("PATCH")]
    public void StandardMethodsMapToTheirHttpMethod(string method) =>
        Assert.That(Probe.Method(method), Is.EqualTo(new HttpMethod(method)));

    [Test]
    public void ResponseHeadersAreReadOnlyWhenAskedAndOutliveTheResponse()
    {
        var response = new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        response.Headers.TryAddWithoutValidation("X-Request-Id", "req-1");
        var headers = new Probe().Headers(response);
        response.Headers.TryAddWithoutValidation("X-Later", "seen, as the copy is taken on first read");

        Assert.That(headers["x-request-id"], Is.EqualTo(new[] { "req-1" }));
        response.Dispose();
        Assert.That(new[] { "x-request-id", "X-LATER", "content-type" }.All(headers.ContainsKey), Is.True, string.Join(", ", headers.Keys));
        Assert.That(headers.TryGetValue("content-type", out var type) && type.Single().StartsWith("application/json", StringComparison.Ordinal), Is.True);
    }

    [TestCase(new byte[0], TestName = "ABufferedUtf8BodyIsParsedWithoutAByteOrderMark")]
    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF }, TestName = "ABufferedUtf8BodyIsParsedPastAByteOrderMark")]
    public async Task ABufferedBodyIsParsedFromItsBytes(byte[] preamble)
    {
        using var response = await BufferedAsync(200, preamble.Concat(Encoding.UTF8.GetBytes("{\"text\":\"Grüße\"}")).ToArray());

        var result = await new Probe().ReadAsync<Note>(response);

        Assert.That(result.Text, Is.EqualTo("Grüße"));
    }

    [Test]
    public async Task ABufferedUtf16BodyFallsBackToTheStreamReader()
    {
        using var response = await BufferedAsync(200, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"text\":\"wide\"}")).ToArray());

        var result = await new Probe().ReadAsync<Note>(response);

        Assert.That(result.Text, Is.EqualTo("wide"));
    }

    [Test]
    public async Task ABufferedBodyThatIsNotTheModelFailsWithAnExcerptOfIt()
    {
        using var response = await BufferedAsync(200, Encoding.UTF8.GetBytes("{\"text\": [1, 2"));

        var error = Assert.ThrowsAsync<ApiException>(() => new Probe().ReadAsync<Note>(response))!;

        Assert.That(error.Message, Does.Contain("Could not deserialize the response body as Note"));
        Assert.That(error.ResponseExcerpt, Does.Contain("\"text\""));
    }

    [TestCase("expired\r\nX-Injected: 1")]
    [TestCase("caf\u00e9")]
    [TestCase("tab\there")]
    public void AHeaderParameterThatNoHeaderCanCarryIsRefusedNamingTheParameterNotTheValue(string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://example.test/");

        var error = Assert.Throws<ArgumentException>(() => Probe.HeaderParameter(request, value));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ParamName, Is.EqualTo("reason"));
            Assert.That(error.Message, Does.Contain("X-Reason").And.Not.Contain(value).And.Not.Contain("Injected"));
            Assert.That(request.Headers.Contains("X-Reason"), Is.False, "nothing written");
        });
    }

    [Test]
    public void AHeaderParameterOfPrintableAsciiIsSentAsGiven()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://example.test/");

        Probe.HeaderParameter(request, "expired: 2 days");

        Assert.That(request.Headers.GetValues("X-Reason"), Is.EqualTo(new[] { "expired: 2 days" }));
    }

    // A response as the retry handler leaves it: the body read into memory.
    private static async Task<HttpResponseMessage> BufferedAsync(int status, byte[] body)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent(body) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        await ResponseBuffer.LoadAsync(response, 1 << 20, System.Threading.CancellationToken.None);
        return response;
    }

    // Exposes ClientBase's protected helpers to the tests.
    private sealed class Probe : ClientBase
    {
        public Probe()
            : base(new ProbeOptions())
        {
        }

        public async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
            (await ReadObjectResponseAsync<T>(response, HeadersOf(response, null), System.Threading.CancellationToken.None)).Object;

        public static HttpContent Json<T>(T body, string mediaType) => CreateJsonContent(body, mediaType);

        public static HttpMethod Method(string method) => HttpMethodOf(method);

        public static void HeaderParameter(HttpRequestMessage request, string value) => AddHeaderParameter(request, "X-Reason", "reason", value);

        public IReadOnlyDictionary<string, IEnumerable<string>> Headers(HttpResponseMessage response) => HeadersOf(response, null);
    }

    private sealed class ProbeOptions : ClientOptions
    {
        internal override ClientSettings Resolve() =>
            new("https://probe.example/", new HeaderAuthenticator("https://probe.example/", new KeyValuePair<string, string>("x-probe-key", "probe-key")));
    }

    private sealed class Note
    {
        [JsonProperty("text", Required = Required.Always)]
        public string? Text { get; set; }
    }

    private sealed class Outer
    {
        [JsonProperty("before")]
        public string? Before { get; set; }

        [JsonProperty("inner")]
        public Note? Inner { get; set; }
    }
}
