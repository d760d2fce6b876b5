using System.Net.Http;

namespace TokenMint.Http;

/// <summary>Per-request values that travel with an HttpRequestMessage down the handler chain, on every target framework.</summary>
internal static class RequestProperties
{
    public static void Set<T>(HttpRequestMessage request, string key, T value)
        where T : notnull
    {
#if NET8_0_OR_GREATER
        request.Options.Set(new HttpRequestOptionsKey<T>(key), value);
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
