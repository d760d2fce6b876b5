using System.Collections.Generic;
using System.Net.Http;

namespace TokenMint.Http;

/// <summary>Per-request values that travel with an HttpRequestMessage down the handler chain, on every target framework.</summary>
internal static class RequestProperties
{
    // Takes the value as an object so a caller can pass a value type boxed once, not on every request.
    public static void Set(HttpRequestMessage request, string key, object value)
    {
#if NET8_0_OR_GREATER
        ((IDictionary<string, object?>)request.Options)[key] = value;
#else
        request.Properties[key] = value;
#endif
    }

    public static bool TryGet<T>(HttpRequestMessage request, string key, out T value)
    {
#if NET8_0_OR_GREATER
        return request.Options.TryGetValue(new HttpRequestOptionsKey<T>(key), out value!);
#else
        if (request.Properties.TryGetValue(key, out var stored) && stored is T typed)
        {
            value = typed;
            return true;
        }
        value = default!;
        return false;
#endif
    }
}
