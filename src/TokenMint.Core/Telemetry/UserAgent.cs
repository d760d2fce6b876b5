using System.Net.Http;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace TokenMint.Telemetry;

/// <summary>
/// The User-Agent every request carries, <c>TokenMint.&lt;Vendor&gt;/&lt;package version&gt; (&lt;.NET runtime&gt;; &lt;OS&gt;)</c>, so a vendor can
/// tell the SDK's traffic (and its version) from anyone's. Set on each request rather than on an HttpClient, so it is there
/// whichever HttpClient sends it: the client's own, a caller's, or IHttpClientFactory's.
/// </summary>
internal static class UserAgent
{
    private const string HeaderName = "User-Agent";

    // "(.NET 10.0.12; Linux)": the same for every client in the process.
    private static readonly string Platform = "(" + CommentText(RuntimeInformation.FrameworkDescription) + "; " + OperatingSystem() + ")";

    /// <summary>"TokenMint.Deck/0.2.0 (.NET 10.0.12; Linux)" for the assembly of DeckClient.</summary>
    public static string Of(Assembly package) => package.GetName().Name + "/" + VersionOf(package) + " " + Platform;

    /// <summary>The package version: the assembly's informational version without the "+commit" SourceLink appends.</summary>
    public static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrWhiteSpace(informational))
            return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = informational!.IndexOf('+');
        return plus < 0 ? informational : informational.Substring(0, plus);
    }

    /// <summary>
    /// Adds <paramref name="userAgent"/> to <paramref name="request"/>, after any product already there. HttpClient copies its
    /// DefaultRequestHeaders' User-Agent only to a request that has none, so a caller's product set there is copied first, by
    /// hand, to stay in front of ours; one set per call (RequestOptions.Headers) is already on the request.
    /// </summary>
    public static void Apply(HttpRequestMessage request, HttpClient client, string userAgent)
    {
        var headers = request.Headers;
        if (!headers.Contains(HeaderName))
        {
#if NET8_0_OR_GREATER
            if (client.DefaultRequestHeaders.NonValidated.TryGetValues(HeaderName, out var callers))
                foreach (var product in callers)
                    headers.TryAddWithoutValidation(HeaderName, product);
#else
            // Without the non-validated view, reading parses the values in place, which two threads must not do at once.
            var defaults = client.DefaultRequestHeaders;
            lock (defaults)
            {
                if (defaults.TryGetValues(HeaderName, out var callers))
                    headers.TryAddWithoutValidation(HeaderName, callers);
            }
#endif
        }
        headers.TryAddWithoutValidation(HeaderName, userAgent);
    }

    private static string OperatingSystem() =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "Linux"
        : RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "Windows"
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "macOS"
        : RuntimeInformation.IsOSPlatform(OSPlatform.Create("FREEBSD")) ? "FreeBSD"
        : "Unknown";

    // A User-Agent comment may not hold parentheses or a backslash unescaped, and a header only printable ASCII.
    private static string CommentText(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
            clean.Append(c is >= ' ' and <= '~' and not '(' and not ')' and not '\\' ? c : ' ');
        return clean.ToString();
    }
}
