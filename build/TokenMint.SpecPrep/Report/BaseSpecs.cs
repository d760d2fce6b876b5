using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TokenMint.SpecPrep.Report;

/// <summary>Writes specs/ as it was at a commit into a folder, so the base can be prepared exactly like the working tree.</summary>
public static class BaseSpecs
{
    /// <returns>Each vendor folder name and where its base copy now is.</returns>
    public static IReadOnlyDictionary<string, string> Extract(Git git, string commit, string targetRoot)
    {
        var folders = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var path in git.ListFiles(commit, "specs/"))
        {
            var parts = path.Split('/');
            if (parts.Length != 3)
                continue;
            var folder = Path.Combine(targetRoot, parts[1]);
            Directory.CreateDirectory(folder);
            // Bytes as committed: git show prints the blob unchanged.
            File.WriteAllText(Path.Combine(folder, parts[2]), git.Show(commit, path), new System.Text.UTF8Encoding(false));
            folders[parts[1]] = folder;
        }
        return folders;
    }

    /// <summary>The vendor folders of the working tree's specs/.</summary>
    public static IReadOnlyDictionary<string, string> Current(string specsRoot) =>
        Directory.Exists(specsRoot)
            ? Directory.GetDirectories(specsRoot).OrderBy(d => d, System.StringComparer.Ordinal)
                .ToDictionary(d => Path.GetFileName(d), d => d, System.StringComparer.Ordinal)
            : new Dictionary<string, string>();
}
