using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;

namespace TokenMint.Http;

/// <summary>A response's headers and content headers in one dictionary, the shape <see cref="ApiException"/> takes.</summary>
internal static class ResponseHeaders
{
    public static IReadOnlyDictionary<string, IEnumerable<string>> Of(HttpResponseMessage response) =>
        Of(response.Headers, response.Content?.Headers);

    public static IReadOnlyDictionary<string, IEnumerable<string>> Of(HttpResponseHeaders response, IEnumerable<KeyValuePair<string, IEnumerable<string>>>? content)
    {
        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response)
            headers[header.Key] = header.Value;
        if (content is not null)
            foreach (var header in content)
                headers[header.Key] = header.Value;
        return headers;
    }
}
