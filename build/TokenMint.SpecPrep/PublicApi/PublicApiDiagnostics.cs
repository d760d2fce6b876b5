using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TokenMint.SpecPrep.PublicApi;

/// <summary>An API line RS0017 found in a PublicAPI file that the code no longer has.</summary>
/// <param name="File">The PublicAPI.Shipped.txt or PublicAPI.Unshipped.txt that declares it.</param>
public sealed record RemovedApi(string File, string Line);

/// <summary>
/// What a build said about the public API files: the lines of APIs that are gone (RS0017, which names the line and its file),
/// the projects with undeclared new APIs (RS0016, which names only the symbol, so the analyzer's code fix writes those lines),
/// and every other error, which no update of the PublicAPI files can fix.
/// </summary>
/// <param name="NewApis">Per project with undeclared APIs, how many distinct symbols RS0016 named (one PublicAPI line each).</param>
public sealed record PublicApiDiagnostics(IReadOnlyList<RemovedApi> Removed, IReadOnlyDictionary<string, int> NewApis, IReadOnlyList<string> OtherErrors)
{
    private static readonly Regex Error = new(@"^(?<location>.*?)(?:\(\d+,\d+\))?: error (?<code>[A-Z]+\d+): (?<text>.*?)(?: \[(?<project>[^\]]+?)(?:::[^\]]*)?\])?\s*$",
        RegexOptions.CultureInvariant);

    private static readonly Regex DeclaredSymbol = new(@"^Symbol '(?<line>.*)' is part of the declared API", RegexOptions.CultureInvariant);

    public IReadOnlyList<string> ProjectsWithNewApis => NewApis.Keys.ToList();

    public bool Any => Removed.Count > 0 || NewApis.Count > 0;

    public static PublicApiDiagnostics Parse(string buildOutput)
    {
        var removed = new List<RemovedApi>();
        var newApis = new SortedDictionary<string, HashSet<string>>(System.StringComparer.Ordinal);
        var other = new List<string>();
        foreach (var raw in buildOutput.Split('\n').Select(l => l.Trim()).Distinct())
        {
            if (Error.Match(raw) is not { Success: true } error)
                continue;
            switch (error.Groups["code"].Value)
            {
                case "RS0017" when DeclaredSymbol.Match(error.Groups["text"].Value) is { Success: true } symbol:
                    removed.Add(new RemovedApi(error.Groups["location"].Value, symbol.Groups["line"].Value));
                    break;
                case "RS0016" when error.Groups["project"].Success:
                    // The same symbol comes once per target framework and again in MSBuild's summary.
                    var project = error.Groups["project"].Value;
                    if (!newApis.TryGetValue(project, out var symbols))
                        newApis[project] = symbols = new HashSet<string>(System.StringComparer.Ordinal);
                    symbols.Add(error.Groups["location"].Value + "|" + error.Groups["text"].Value);
                    break;
                default:
                    other.Add(raw);
                    break;
            }
        }
        return new PublicApiDiagnostics(removed.Distinct().ToList(), newApis.ToDictionary(p => p.Key, p => p.Value.Count, System.StringComparer.Ordinal),
            other.Distinct().ToList());
    }
}
