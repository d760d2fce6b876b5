using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using TokenMint.Benchmarks.Clients;
using TokenMint.Benchmarks.Server;
using TokenMint.Benchmarks.Wire;

namespace TokenMint.Benchmarks.Runs;

/// <summary>
/// Before any numbers: every variant must send the same request (method, path, credential headers, JSON body, a
/// Content-Length) and read the same value back, or the comparison would not be like for like.
/// </summary>
public static class WireCheck
{
    public static async Task<IReadOnlyList<string>> RunAsync()
    {
        var problems = new List<string>();
        var root = new Uri("http://127.0.0.1:9/");
        foreach (var kind in Enum.GetValues<VariantKind>())
        {
            var handler = new CannedHandler(capture: true);
            using var variant = Variants.Create(kind, root, () => handler);
            foreach (var operation in Enum.GetValues<Operation>())
            {
                var route = Canned.For(operation);
                string result;
                try
                {
                    result = await variant.CallAsync(operation).ConfigureAwait(false);
                }
                catch (Exception error)
                {
                    problems.Add($"{kind} {operation}: threw {error.GetType().Name}: {error.Message}");
                    continue;
                }
                if (result != Canned.ExpectedResult(operation))
                    problems.Add($"{kind} {operation}: returned '{result}', expected '{Canned.ExpectedResult(operation)}'");
                if (!handler.Captured.TryDequeue(out var sent))
                {
                    problems.Add($"{kind} {operation}: sent nothing");
                    continue;
                }
                if (sent.Method.Method != "POST" || sent.Uri.AbsolutePath != route.Path)
                    problems.Add($"{kind} {operation}: sent {sent.Method} {sent.Uri.AbsolutePath}, expected POST {route.Path}");
                foreach (var header in route.AuthHeaders)
                {
                    var values = sent.Message.Headers.TryGetValues(header.Key, out var found) ? string.Join(",", found) : null;
                    // Default headers are merged into the request by HttpClient before the handler sees it.
                    if (values != header.Value)
                        problems.Add($"{kind} {operation}: header {header.Key} was '{values}'");
                }
                if (sent.ContentType != "application/json")
                    problems.Add($"{kind} {operation}: content type {sent.ContentType}");
                if (sent.ContentLength is null)
                    problems.Add($"{kind} {operation}: no Content-Length (chunked body)");
                var expected = JsonNode.Parse(Canned.ExpectedRequestJson(operation));
                var actual = sent.Body is null ? null : JsonNode.Parse(sent.Body);
                if (!JsonNode.DeepEquals(expected, actual))
                    problems.Add($"{kind} {operation}: body {sent.Body}, expected {Canned.ExpectedRequestJson(operation)}");
            }
        }
        return problems;
    }

    /// <summary>Runs the check and throws when any variant differs.</summary>
    public static async Task EnsureAsync()
    {
        var problems = await RunAsync().ConfigureAwait(false);
        if (problems.Count > 0)
            throw new InvalidOperationException("The variants do not send the same requests:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)));
    }
}
