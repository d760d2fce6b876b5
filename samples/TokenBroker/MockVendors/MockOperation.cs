using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;

namespace TokenBroker.MockVendors;

/// <summary>One operation of a vendor's OpenAPI page (say POST /link/token/create), answered from the page itself.</summary>
internal sealed class MockOperation(string method, string path, JsonObject responses, IReadOnlyList<string> credentialHeaders, SchemaExamples examples)
{
    public string Method { get; } = method;

    public string Path { get; } = path;

    /// <summary>Every operation in the vendor's pages, which the sample embeds from specs/&lt;vendor&gt;/*.yaml at build time.</summary>
    public static IEnumerable<MockOperation> ForVendor(string vendorId)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"specs/{vendorId}/";
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            // MSBuild writes the folder separator of the machine that built the sample.
            if (!resource.Replace('\\', '/').StartsWith(prefix, StringComparison.Ordinal))
                continue;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var page = YamlJson.Parse(reader)!;
            var examples = new SchemaExamples(page);
            foreach (var (path, operations) in page["paths"]!.AsObject())
                foreach (var (operationMethod, operation) in operations!.AsObject())
                    if (operation?["responses"] is JsonObject operationResponses)
                        yield return new MockOperation(
                            operationMethod.ToUpperInvariant(), path, operationResponses, CredentialHeaders(page, operation), examples);
        }
    }

    /// <summary>
    /// The headers the page has a caller send credentials in: its security schemes' (an apiKey in a header, or the
    /// Authorization header of http auth) and the operation's header parameters, which is how Decart's and Trackstar's
    /// pages declare their API key (the overlays turn those into security schemes for the SDK).
    /// </summary>
    private static IReadOnlyList<string> CredentialHeaders(JsonNode page, JsonNode operation)
    {
        var schemes = page["components"]?["securitySchemes"]?.AsObject().Select(scheme => scheme.Value) ?? [];
        var fromSchemes = schemes.Select(scheme => (string?)scheme?["type"] switch
        {
            "apiKey" when (string?)scheme!["in"] == "header" => (string?)scheme["name"],
            "http" => "Authorization",
            _ => null,
        });
        var parameters = operation["parameters"]?.AsArray() ?? [];
        var fromParameters = parameters.Where(parameter => (string?)parameter?["in"] == "header").Select(parameter => (string?)parameter?["name"]);
        return fromSchemes.Concat(fromParameters).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// Answers with the operation's success response, or with the status a <c>Prefer: code=422</c> header asks for, as Prism
    /// does: tests use it to make a mock vendor fail. The body fits the page's schema for that status (none if it has none).
    /// An error body's messages repeat the credentials the request sent, as a careless vendor's might ("invalid API key
    /// sk_…"): what the broker does with a vendor's error must hold up to that, and the tests check that it does.
    /// </summary>
    public Task RespondAsync(HttpContext context)
    {
        var status = PreferredStatus(context.Request) ?? responses.Select(r => r.Key).Where(code => code.StartsWith('2')).Order().First();
        var echo = status.StartsWith('2') ? null : ReceivedCredentials(context.Request);
        var content = responses[status]?["content"]?.AsObject();
        var media = content?.FirstOrDefault(m => m.Key == "application/json").Value ?? content?.FirstOrDefault(m => m.Key.Contains("json")).Value;
        context.Response.StatusCode = int.Parse(status, CultureInfo.InvariantCulture);
        if (media is null)
            return Task.CompletedTask;
        var body = media["example"]?.DeepClone() ?? examples.For(media["schema"], echo);
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body?.ToJsonString() ?? "null");
    }

    private string? ReceivedCredentials(HttpRequest request)
    {
        var received = credentialHeaders.Where(request.Headers.ContainsKey).Select(header => $"{header}: {request.Headers[header]}").ToList();
        return received.Count == 0 ? null : $"Rejected credentials ({string.Join("; ", received)})";
    }

    private static string? PreferredStatus(HttpRequest request) =>
        request.Headers["Prefer"].SelectMany(value => value!.Split([',', ';'], StringSplitOptions.TrimEntries))
            .Where(part => part.StartsWith("code=", StringComparison.OrdinalIgnoreCase))
            .Select(part => part["code=".Length..])
            .FirstOrDefault(code => int.TryParse(code, out _));
}
