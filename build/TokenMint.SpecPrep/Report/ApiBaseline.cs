using System.IO;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Report;

/// <summary>
/// build/api-baseline.json: the last released version and the commit it was built from. ApiCompat compares the current build
/// against assemblies built from that commit. Both are null until the first release; the release sets them.
/// </summary>
public sealed record ApiBaseline(string Version, string Commit)
{
    public const string RelativePath = "build/api-baseline.json";

    /// <summary>What the report says, and ApiCompat does, when nothing has been released.</summary>
    public const string NoRelease = "no released baseline: ApiCompat skipped";

    public string ShortCommit => Commit.Length > 12 ? Commit.Substring(0, 12) : Commit;

    /// <returns>The released baseline, or null when build/api-baseline.json records no release yet.</returns>
    public static ApiBaseline? Load(string repoRoot)
    {
        var path = Path.Combine(repoRoot, RelativePath);
        if (!File.Exists(path))
            throw new SpecException($"{RelativePath} is missing: it names the last released version and its commit (both null before the first release).");
        var json = JObject.Parse(File.ReadAllText(path));
        var version = Text(json["version"]);
        var commit = Text(json["commit"]);
        if (version is null && commit is null)
            return null;
        return version is null || commit is null
            ? throw new SpecException($"{RelativePath} needs both 'version' and 'commit' of a release, or both null before the first release.")
            : new ApiBaseline(version, commit);
    }

    public override string ToString() => $"{Version} at {ShortCommit}";

    private static string? Text(JToken? token) =>
        token is null || token.Type == JTokenType.Null || string.IsNullOrWhiteSpace((string?)token) ? null : (string?)token;
}
