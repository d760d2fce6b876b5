using System.IO;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Report;

/// <summary>
/// build/api-baseline.json: the last released version and the commit it was built from. ApiCompat compares the current build
/// against assemblies built from that commit. Update both after each release.
/// </summary>
public sealed record ApiBaseline(string Version, string Commit)
{
    public const string RelativePath = "build/api-baseline.json";

    public string ShortCommit => Commit.Length > 12 ? Commit.Substring(0, 12) : Commit;

    public static ApiBaseline Load(string repoRoot)
    {
        var path = Path.Combine(repoRoot, RelativePath);
        if (!File.Exists(path))
            throw new SpecException($"{RelativePath} is missing: it names the last released version and its commit.");
        var json = JObject.Parse(File.ReadAllText(path));
        var version = (string?)json["version"];
        var commit = (string?)json["commit"];
        return string.IsNullOrWhiteSpace(version) || string.IsNullOrWhiteSpace(commit)
            ? throw new SpecException($"{RelativePath} needs 'version' and 'commit'.")
            : new ApiBaseline(version!, commit!);
    }

    public override string ToString() => $"{Version} at {ShortCommit}";
}
