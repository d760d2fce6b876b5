using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TokenMint.SpecPrep.PublicApi;

/// <summary>Edits src/&lt;Package&gt;/PublicAPI.*.txt the way the analyzers expect, sorted the same on every machine.</summary>
public static class PublicApiFiles
{
    public const string Shipped = "PublicAPI.Shipped.txt";
    public const string Unshipped = "PublicAPI.Unshipped.txt";
    public const string RemovedPrefix = "*REMOVED*";

    /// <summary>
    /// Records APIs that are gone: a line not yet shipped is deleted from PublicAPI.Unshipped.txt; a shipped one stays in
    /// PublicAPI.Shipped.txt and is marked <c>*REMOVED*</c> in PublicAPI.Unshipped.txt, as the analyzers want.
    /// </summary>
    /// <returns>The projects' folders whose files changed.</returns>
    public static IReadOnlyList<string> RecordRemovals(IEnumerable<RemovedApi> removals)
    {
        var folders = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var group in removals.GroupBy(r => Path.GetFullPath(r.File)))
        {
            var folder = Path.GetDirectoryName(group.Key)!;
            var gone = group.Select(r => r.Line).ToHashSet(System.StringComparer.Ordinal);
            if (Path.GetFileName(group.Key) == Shipped)
                File.AppendAllLines(Path.Combine(folder, Unshipped), gone.Select(line => RemovedPrefix + line));
            else
                File.WriteAllLines(group.Key, File.ReadAllLines(group.Key).Where(line => !gone.Contains(line)));
            folders.Add(folder);
        }
        return folders.ToList();
    }

    /// <summary>The API lines of a project's PublicAPI.Unshipped.txt.</summary>
    public static IReadOnlySet<string> Lines(string projectFolder)
    {
        var path = Path.Combine(projectFolder, Unshipped);
        return File.Exists(path)
            ? File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(System.StringComparer.Ordinal)
            : new HashSet<string>(System.StringComparer.Ordinal);
    }

    /// <summary>Sorts PublicAPI.Unshipped.txt (ordinal, no duplicates) under its <c>#nullable enable</c> line, so a change is a minimal diff.</summary>
    public static void Sort(string projectFolder)
    {
        var path = Path.Combine(projectFolder, Unshipped);
        if (!File.Exists(path))
            return;
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0 && l != "#nullable enable").Distinct().OrderBy(l => l, System.StringComparer.Ordinal);
        File.WriteAllText(path, string.Join("\n", new[] { "#nullable enable" }.Concat(lines)) + "\n");
    }
}
