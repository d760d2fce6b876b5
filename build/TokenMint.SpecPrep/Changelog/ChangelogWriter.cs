using System.Collections.Generic;
using System.Linq;

namespace TokenMint.SpecPrep.Changelog;

/// <summary>
/// Adds bullets to CHANGELOG.md under "## Unreleased", in each package's "### TokenMint.Xxx" subsection, creating what is missing.
/// A bullet already there is not added again, so running the report twice changes nothing.
/// </summary>
public static class ChangelogWriter
{
    public const string Unreleased = "## Unreleased";

    public static string AddUnreleased(string changelog, IReadOnlyDictionary<string, IReadOnlyList<string>> entries) =>
        AddUnreleased(changelog, entries, out _);

    /// <param name="packagesAdded">The packages that got at least one new bullet (empty: every finding was there already).</param>
    public static string AddUnreleased(string changelog, IReadOnlyDictionary<string, IReadOnlyList<string>> entries, out IReadOnlyList<string> packagesAdded)
    {
        var added = new List<string>();
        packagesAdded = added;
        var lines = changelog.Replace("\r\n", "\n", System.StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();
        var start = lines.IndexOf(Unreleased);
        if (start < 0)
        {
            start = FirstIndex(lines, 0, l => l.StartsWith("## ", System.StringComparison.Ordinal));
            lines.InsertRange(start, [Unreleased, string.Empty]);
        }
        foreach (var (package, bullets) in entries)
        {
            var end = FirstIndex(lines, start + 1, l => l.StartsWith("## ", System.StringComparison.Ordinal));
            var heading = lines.FindIndex(start, end - start, l => l == $"### {package}");
            if (heading < 0)
            {
                // A new subsection at the end of Unreleased, after its blank lines.
                var at = end;
                while (at - 1 > start && lines[at - 1].Length == 0)
                    at--;
                lines.InsertRange(at, [string.Empty, $"### {package}"]);
                heading = at + 1;
            }
            var sectionEnd = FirstIndex(lines, heading + 1, l => l.StartsWith("## ", System.StringComparison.Ordinal) || l.StartsWith("### ", System.StringComparison.Ordinal));
            var existing = lines.GetRange(heading + 1, sectionEnd - heading - 1);
            var bulletsAdded = bullets.Select(b => $"- {b}").Where(b => !existing.Contains(b)).Distinct().ToList();
            if (bulletsAdded.Count == 0)
                continue;
            added.Add(package);
            var insertAt = sectionEnd;
            while (insertAt - 1 > heading && lines[insertAt - 1].Length == 0)
                insertAt--;
            if (insertAt == heading + 1)
                bulletsAdded.Insert(0, string.Empty);
            lines.InsertRange(insertAt, bulletsAdded);
            // Keep a blank line before the next heading.
            var after = insertAt + bulletsAdded.Count;
            if (after < lines.Count && lines[after].Length > 0)
                lines.Insert(after, string.Empty);
        }
        return string.Join("\n", lines) + "\n";
    }

    private static int FirstIndex(List<string> lines, int from, System.Func<string, bool> predicate)
    {
        for (var i = from; i < lines.Count; i++)
            if (predicate(lines[i]))
                return i;
        return lines.Count;
    }
}
