using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;

namespace TokenMint.ContractTests.Prism;

/// <summary>One request and what Prism answered.</summary>
/// <param name="Method">The request's method.</param>
/// <param name="Uri">The request's URL.</param>
/// <param name="Status">The response's status.</param>
/// <param name="Violations">The <c>sl-violations</c> header (a JSON array), or null when Prism found nothing wrong.</param>
public sealed record RecordedExchange(HttpMethod Method, Uri? Uri, HttpStatusCode Status, string? Violations)
{
    /// <summary>
    /// True when Prism flagged only the response it made up itself (every violation's location starts with
    /// "response"): the request was valid. Dynamic mode does this, e.g. it ignores OpenAPI 3.0's boolean
    /// exclusiveMinimum and then flags its own value.
    /// </summary>
    public bool OnlyTheMockResponseIsFlagged
    {
        get
        {
            if (Violations is null)
                return false;
            try
            {
                using var json = JsonDocument.Parse(Violations);
                return json.RootElement.ValueKind == JsonValueKind.Array
                    && json.RootElement.GetArrayLength() > 0
                    && json.RootElement.EnumerateArray().All(IsAboutTheResponse);
            }
            catch (JsonException)
            {
                return false; // unreadable: count it against the request
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Method} {Uri} -> {(int)Status} {Status}" + (Violations is null ? "" : $", sl-violations: {Violations}");

    private static bool IsAboutTheResponse(JsonElement violation) =>
        violation.ValueKind == JsonValueKind.Object
        && violation.TryGetProperty("location", out var location)
        && location.ValueKind == JsonValueKind.Array
        && location.GetArrayLength() > 0
        && location[0].ValueKind == JsonValueKind.String
        && location[0].GetString() == "response";
}
