using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using TokenMint.Serialization;
using TokenMint.Telemetry;

namespace TokenMint.Http;

/// <summary>
/// The base of every generated client (nswag.json's clientBaseClass): what every client does, written once in C# rather than
/// in templates: it resolves the options (base URL, credentials), signs each request, reads responses with one cached serializer
/// (the reading NSwag would otherwise copy into each client, with a serializer created per call) and owns the client's lifetime.
/// </summary>
/// <remarks>
/// A client created from its options alone owns the HttpClient it created (and its connection pool): disposing the client
/// disposes it, and a later call throws <see cref="ObjectDisposedException"/>. A client given an HttpClient (by you or by
/// IHttpClientFactory) owns nothing: disposing it leaves that HttpClient alone, and the client keeps working.
/// </remarks>
public abstract class ClientBase : IDisposable
{
    // Json.NET serializers are safe to share once configured; contracts are cached by the shared resolver.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(SerializerSettings.Configure(new JsonSerializerSettings()));

    private readonly ClientSettings _settings;
    private readonly SentCredentials _credentials;
    private readonly string _userAgent;
    private HttpClient? _ownedHttpClient;

    /// <summary>
    /// Called by the generated constructor (nswag.json's configurationClass): resolves the options once, before any request, so a
    /// missing or invalid credential or base URL fails the client's construction. The credential values they send are masked,
    /// however short, in the text, headers and typed payload of every <see cref="ApiException"/> this client throws.
    /// </summary>
    private protected ClientBase(ClientOptions configuration)
    {
        _settings = (configuration ?? throw new ArgumentNullException(nameof(configuration))).Resolve();
        _credentials = _settings.Authenticator.Credentials;
        _userAgent = ClientIdentity.Of(GetType()).UserAgent;
    }

    /// <summary>
    /// Disposes the HttpClient the client created, if it created one; a caller's HttpClient is left alone. Safe to call more
    /// than once, from any thread.
    /// </summary>
    // No protected Dispose(bool): a client holds nothing else and has no finalizer, and a protected member here would be
    // public API of every generated client (which consumers may derive from), beyond what this base class means to publish.
    public void Dispose()
    {
        Interlocked.Exchange(ref _ownedHttpClient, null)?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Called by the options-only constructor, which created <paramref name="httpClient"/>: the client disposes it.</summary>
    private protected void OwnHttpClient(HttpClient httpClient) => _ownedHttpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));

    /// <summary>
    /// The request body as JSON: written by the shared serializer (which validates the model first) into a reused buffer and
    /// encoded once to UTF-8 bytes of the exact size, rather than to a string that is then encoded again.
    /// </summary>
    /// <exception cref="ArgumentException">The model breaks a limit the spec declares.</exception>
    private protected static HttpContent CreateJsonContent<T>(T body, string mediaType)
    {
        var content = new ByteArrayContent(JsonBody.Write(Serializer, body));
        // Unparsed: the handler writes it as is, and a reader of ContentType still gets it parsed on first access.
        // mediaType is a constant the generator took from the spec, never a caller's text.
        content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        return content;
    }

    /// <summary>HttpMethod's shared instance for a standard method, so requests do not each allocate one.</summary>
    private protected static HttpMethod HttpMethodOf(string method) => method switch
    {
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "PUT" => HttpMethod.Put,
        "DELETE" => HttpMethod.Delete,
        "HEAD" => HttpMethod.Head,
        "OPTIONS" => HttpMethod.Options,
        _ => new HttpMethod(method),
    };

    /// <summary>
    /// Adds an operation's header parameter: the value is checked (printable ASCII only) before it is written unparsed, so a
    /// caller's CR or LF cannot split the header and a non-ASCII character fails here rather than at send time.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a character no header can carry; names the parameter, never the value.</exception>
    private protected static void AddHeaderParameter(HttpRequestMessage request, string name, string parameterName, string value) =>
        AddHeaderParameter(request, name, parameterName, [value]);

    /// <inheritdoc cref="AddHeaderParameter(HttpRequestMessage, string, string, string)"/>
    private protected static void AddHeaderParameter(HttpRequestMessage request, string name, string parameterName, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            var invalid = HeaderValue.IndexOfInvalid(value ?? string.Empty);
            if (invalid >= 0)
                throw new ArgumentException(
                    $"The {name} header {HeaderValue.Problem(value!, invalid)}; a header value may hold printable ASCII only.", parameterName);
        }
        request.Headers.TryAddWithoutValidation(name, values);
    }

    /// <summary>
    /// The base URL the options resolved to (their BaseUri, else the spec's server), for the generated client's <c>_baseUrl</c>,
    /// which NSwag sets to the spec's first server. Each vendor's generated wiring (&lt;Vendor&gt;Client.Wiring.g.cs) calls it from <c>Initialize</c>, which the generated
    /// constructor calls after storing <paramref name="httpClient"/>: NSwag does not check that one for null.
    /// </summary>
    private protected string ResolvedBaseUrl(HttpClient? httpClient) =>
        httpClient is null ? throw new ArgumentNullException(nameof(httpClient)) : _settings.BaseUrl;

    /// <summary>
    /// Called by the generated code (build/templates/Client.Class.BeforeSend.liquid) once the request's URL is set: the credential
    /// headers, only if the request goes to the configured origin, then the operation's <paramref name="retry"/> class and the
    /// caller's <paramref name="requestOptions"/>, whose headers may therefore not replace a credential; then the User-Agent, after
    /// any product the caller set (per call, or on <paramref name="client"/>'s default headers); and last, for RetryHandler to
    /// report attempts and retries to, the observed <paramref name="call"/>.
    /// </summary>
    private protected void BeforeSend(HttpRequestMessage request, HttpClient client, RetrySafety retry, RequestOptions? requestOptions, OperationCall? call)
    {
        _settings.Authenticator.Apply(request);
        RequestPolicy.Apply(request, retry, requestOptions);
        UserAgent.Apply(request, client, _userAgent);
        call?.Sending(request);
    }

    /// <summary>
    /// The response's headers and content headers, copied only if read: only an exception reads them. They carry this
    /// client's credentials to the exception, which masks them. An observed <paramref name="call"/> notes the response's status
    /// (and, for XxxWithResponseAsync, keeps its headers).
    /// </summary>
    private protected IReadOnlyDictionary<string, IEnumerable<string>> HeadersOf(HttpResponseMessage response, OperationCall? call)
    {
        if (response is null)
            throw new ArgumentNullException(nameof(response));
        call?.Responded(response);
        return new LazyResponseHeaders(response, _credentials);
    }

    /// <summary>
    /// Called by each generated operation method as it starts: the call to observe, or null (nothing allocated) when nobody listens
    /// to the SDK's telemetry and the caller did not ask for the response (<paramref name="withResponse"/>).
    /// </summary>
    private protected static OperationCall? StartCall(ClientOperation operation, OperationCall? withResponse) =>
        OperationCall.Start(operation, withResponse);

    /// <summary>The generated method's exception filter: notes the failure on an observed call, and never catches.</summary>
    private protected static bool CallFailed(OperationCall? call, Exception error)
    {
        call?.Failed(error);
        return false;
    }

    /// <summary>Called as the generated method ends, however it ends.</summary>
    private protected static void EndCall(OperationCall? call) => call?.End();

    /// <summary>
    /// XxxWithResponseAsync: runs the operation's method (<paramref name="send"/>) with a call that keeps the final response's status
    /// and headers, and returns them with the result. Failures throw as they do from XxxAsync.
    /// </summary>
    private protected static async Task<ApiResponse<T>> WithResponseAsync<T>(Func<OperationCall, Task<T>> send)
    {
        var call = OperationCall.ForResponse();
        var value = await send(call).ConfigureAwait(false);
        return new ApiResponse<T>(value, call.StatusCode, new CapturedResponseHeaders(call.ResponseHeaders!, call.ContentHeaders));
    }

    /// <summary>
    /// XxxWithResponseAsync of an operation with no result (a 204 No Content): as <see cref="WithResponseAsync{T}"/>, with the
    /// response's status and headers only.
    /// </summary>
    private protected static async Task<ApiResponse> WithResponseAsync(Func<OperationCall, Task> send)
    {
        var call = OperationCall.ForResponse();
        await send(call).ConfigureAwait(false);
        return new ApiResponse(call.StatusCode, new CapturedResponseHeaders(call.ResponseHeaders!, call.ContentHeaders));
    }

    /// <summary>A parsed response body, and its text where it was read as text (error responses, for the redacted excerpt).</summary>
    private protected readonly struct ObjectResponseResult<T>
    {
        /// <summary>Creates the result.</summary>
        public ObjectResponseResult(T responseObject, string responseText)
        {
            Object = responseObject;
            Text = responseText;
        }

        /// <summary>The parsed body.</summary>
        public T Object { get; }

        /// <summary>The body as text, or empty when it was parsed from the stream.</summary>
        public string Text { get; }
    }

    /// <summary>
    /// Parses a response body as <typeparamref name="T"/>. A success is read straight from the stream; an error response
    /// is read as text first, so its ApiException can carry a redacted excerpt, and is redacted before it is parsed, so the
    /// typed error payload holds no credential the client sent and no string of a member named like a secret.
    /// </summary>
    private protected async Task<ObjectResponseResult<T>> ReadObjectResponseAsync<T>(
        HttpResponseMessage response, IReadOnlyDictionary<string, IEnumerable<string>> headers, CancellationToken cancellationToken)
    {
        if (response?.Content is null)
            return new ObjectResponseResult<T>(default!, string.Empty);
        if (!response.IsSuccessStatusCode)
        {
            var text = await ReadAsStringAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return new ObjectResponseResult<T>(ParseError<T>(text, response, headers), text);
        }
        if (response.Content is BufferedContent buffered && Utf8Body.TryDecode(buffered.Body, out var chars, out var length))
        {
            // The retry handler has the body in memory: parse the decoded characters, with no stream or reader buffers.
            try
            {
                return new ObjectResponseResult<T>(Deserialize<T>(new CharSegmentReader(chars, length)), string.Empty);
            }
            catch (JsonException error)
            {
                throw Undeserializable<T>(response, new string(chars, 0, length), headers, error);
            }
            finally
            {
                Utf8Body.Return(chars, length);
            }
        }
        using var stream = await ReadAsStreamAsync(response.Content, cancellationToken).ConfigureAwait(false);
        // Token bodies are small: a reader sized to the body avoids StreamReader's default 1 KB + 2 KB buffers per call.
        var size = (int)Math.Min(Math.Max(response.Content.Headers.ContentLength ?? 1024, 128), 4096);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, true, size);
        try
        {
            return new ObjectResponseResult<T>(Deserialize<T>(reader), string.Empty);
        }
        catch (JsonException error)
        {
            // The stream is spent; the ApiException still gets a (redacted) excerpt if the content was buffered.
            var text = await TryReadBufferedTextAsync(response.Content, cancellationToken).ConfigureAwait(false);
            throw Undeserializable<T>(response, text, headers, error);
        }
    }

    /// <summary>Reads a body as text.</summary>
    private protected static Task<string> ReadAsStringAsync(HttpContent content, CancellationToken cancellationToken) =>
        HttpContentReads.ReadAsStringAsync(content, cancellationToken);

    /// <summary>Opens a body as a stream.</summary>
    private protected static Task<Stream> ReadAsStreamAsync(HttpContent content, CancellationToken cancellationToken) =>
        HttpContentReads.ReadAsStreamAsync(content, cancellationToken);

    // The payload is masked in its JSON rather than walked after deserialization: one pass reaches every string, those in
    // AdditionalProperties and object-typed members included, with no reflection over the generated models, and only
    // strings change, so the body still deserializes as before.
    private T ParseError<T>(string body, HttpResponseMessage response, IReadOnlyDictionary<string, IEnumerable<string>> headers)
    {
        try
        {
            return Deserialize<T>(new StringReader(Redactor.RedactPayload(body, _credentials)));
        }
        catch (JsonException error)
        {
            throw Undeserializable<T>(response, body, headers, error);
        }
    }

    // One message for a body that is not the model, whichever way it was read.
    private static ApiException Undeserializable<T>(HttpResponseMessage response, string? body, IReadOnlyDictionary<string, IEnumerable<string>> headers, JsonException error) =>
        new($"Could not deserialize the response body as {typeof(T).Name}.", (int)response.StatusCode, body, headers, error);

    private static T Deserialize<T>(TextReader text)
    {
        using var json = new JsonTextReader(text) { CloseInput = false, ArrayPool = JsonCharPool.Instance };
        return Serializer.Deserialize<T>(json)!;
    }

    private static async Task<string?> TryReadBufferedTextAsync(HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadAsStringAsync(content, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is InvalidOperationException or ObjectDisposedException or IOException)
        {
            return null;
        }
    }
}
