using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TokenMint.SpecPrep.Report;

/// <summary>One package's assembly for one target framework, e.g. TokenMint.Decart for net8.0.</summary>
public sealed record PackageAssembly(string Package, string Framework, string Path)
{
    /// <summary>The src/TokenMint.* projects under a checkout, by package name.</summary>
    public static IReadOnlyList<string> Projects(string root) =>
        Directory.Exists(System.IO.Path.Combine(root, "src"))
            ? Directory.GetDirectories(System.IO.Path.Combine(root, "src"), "TokenMint.*")
                .Select(dir => System.IO.Path.Combine(dir, System.IO.Path.GetFileName(dir) + ".csproj"))
                .Where(File.Exists).OrderBy(p => p, System.StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Every src/&lt;Package&gt;/bin/Release/&lt;tfm&gt;/&lt;Package&gt;.dll under a checkout.</summary>
    public static IReadOnlyList<PackageAssembly> ReleaseOutputs(string root) =>
        Projects(root).SelectMany(project =>
        {
            var package = System.IO.Path.GetFileNameWithoutExtension(project);
            var bin = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(project)!, "bin", "Release");
            return Directory.Exists(bin)
                ? Directory.GetDirectories(bin).OrderBy(d => d, System.StringComparer.Ordinal)
                    .Select(tfm => new PackageAssembly(package, System.IO.Path.GetFileName(tfm), System.IO.Path.Combine(tfm, package + ".dll")))
                    .Where(a => File.Exists(a.Path))
                : [];
        }).ToList();

    /// <summary>A solution (.slnx) listing projects, so one dotnet build builds them in parallel with one restore.</summary>
    public static void WriteSolution(string path, IEnumerable<string> projects)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var lines = projects.Select(p => $"  <Project Path=\"{System.IO.Path.GetRelativePath(folder, p).Replace('\\', '/')}\" />");
        File.WriteAllText(path, "<Solution>\n" + string.Join("\n", lines) + "\n</Solution>\n");
    }
}
