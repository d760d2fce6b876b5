using System.IO;

namespace TokenMint.SpecPrep.Commands;

/// <summary>Finds the repository root (the folder holding nswag.json) from the current directory up.</summary>
public static class RepoRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "nswag.json")))
                return dir.FullName;
        throw new SpecException("Run from inside the repository (no nswag.json found above the current directory).");
    }

    /// <summary>A path as the user would type it from where they are, so messages name specs/decart/overlay.yaml, not a full path.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
}
