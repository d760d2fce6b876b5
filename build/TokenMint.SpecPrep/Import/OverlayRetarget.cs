using System.IO;
using System.Text.RegularExpressions;

namespace TokenMint.SpecPrep.Import;

/// <summary>
/// When a vendored operation moves (same page, new path or method), the overlay's actions on it follow: each target
/// <c>$.paths['/old'].post…</c> becomes <c>$.paths['/new'].put…</c>. The overlay is ours, not the vendor's, and its actions
/// (operationId, retry class) are what keep the moved operation the same client method.
/// </summary>
public static class OverlayRetarget
{
    private static readonly Regex Target = new(
        @"(?<head>^\s*(?:-\s+)?target:\s*['""]?\$\.paths\[)(?<quote>['""])(?<path>.+?)\k<quote>\]\.(?<method>[a-z]+)(?=[.\[\s'""]|$)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <param name="from">"post /link/token/create"</param>
    /// <param name="to">"post /link/token"</param>
    /// <returns>How many action targets were moved.</returns>
    public static int Apply(string vendorFolder, string from, string to)
    {
        var path = Path.Combine(vendorFolder, SpecPreparer.OverlayFileName);
        if (!File.Exists(path))
            return 0;
        var (fromMethod, fromPath) = Split(from);
        var (toMethod, toPath) = Split(to);
        var count = 0;
        var text = Target.Replace(File.ReadAllText(path), match =>
        {
            if (match.Groups["path"].Value != fromPath || match.Groups["method"].Value != fromMethod)
                return match.Value;
            count++;
            var quote = match.Groups["quote"].Value;
            return $"{match.Groups["head"].Value}{quote}{toPath}{quote}].{toMethod}";
        });
        if (count > 0)
            File.WriteAllText(path, text);
        return count;
    }

    private static (string Method, string Path) Split(string operation)
    {
        var parts = operation.Split(' ', 2);
        return (parts[0].ToLowerInvariant(), parts[1]);
    }
}
