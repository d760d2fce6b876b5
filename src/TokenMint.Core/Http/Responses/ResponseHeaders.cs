using System;
using System.Collections.Generic;
using System.Net.Http;

namespace TokenMint.Http;

/// <summary>A response's headers and content headers in one dictionary, the shape <see cref="ApiException"/> takes.</summary>
internal static class ResponseHeaders
{
    public static IReadOnlyDictionary<string, IEnumerable<string>> Of(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
            headers[header.Key] = header.Value;
        if (response.Content is not null)
            foreach (var header in response.Content.Headers)
                headers[header.Key] = header.Value;
        return headers;
    }
}
