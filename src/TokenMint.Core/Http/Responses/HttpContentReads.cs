using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace TokenMint.Http;

/// <summary>Reads a body with the caller's token where the target framework can (HttpContent takes one from .NET 5 on).</summary>
internal static class HttpContentReads
{
    public static Task<string> ReadAsStringAsync(HttpContent content, CancellationToken cancellationToken) =>
#if NET5_0_OR_GREATER
        content.ReadAsStringAsync(cancellationToken);
#else
        content.ReadAsStringAsync();
#endif

    public static Task<Stream> ReadAsStreamAsync(HttpContent content, CancellationToken cancellationToken) =>
#if NET5_0_OR_GREATER
        content.ReadAsStreamAsync(cancellationToken);
#else
        content.ReadAsStreamAsync();
#endif
}
