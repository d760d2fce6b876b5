using System;
using System.Collections.Generic;
using System.Linq;
using TokenMint.SpecPrep.Diff;

namespace TokenMint.SpecPrep.Report;

/// <summary>
/// The files that differ between the base revision and the working tree, read per package: a package's code is its
/// src/&lt;Package&gt;/ folder, its generated/&lt;Vendor&gt;/ folder, its specs/&lt;vendor&gt;/ folder and the props every package
/// shares (src/*.props, src/*.targets). A package none of whose code changed is never called breaking: whatever ApiCompat finds
/// there predates the base.
/// </summary>
public sealed class ChangedCode(IEnumerable<string> paths)
{
    private readonly IReadOnlyList<string> _paths = paths.Select(p => p.Trim().Replace('\\', '/')).Where(p => p.Length > 0).ToList();

    /// <summary>The paths of src/, generated/ and specs/ that differ from <paramref name="commit"/>, tracked or not.</summary>
    public static ChangedCode Since(Git git, string commit)
    {
        string[] folders = ["src/", "generated/", "specs/"];
        var changed = git.Run(["diff", "--name-only", commit, "--", .. folders]);
        var untracked = git.Run(["ls-files", "--others", "--exclude-standard", "--", .. folders]);
        return new ChangedCode((changed + "\n" + untracked).Split('\n'));
    }

    public bool Touches(string package) => _paths.Any(path => Belongs(path, package));

    private static bool Belongs(string path, string package)
    {
        var parts = path.Split('/');
        return parts switch
        {
            ["src", var file] => file.EndsWith(".props", StringComparison.Ordinal) || file.EndsWith(".targets", StringComparison.Ordinal),
            ["src", var project, ..] => project == package,
            ["generated", var vendor, ..] => PackageNames.ForVendor(vendor) == package,
            ["specs", var vendor, _] => PackageNames.ForVendor(vendor) == package,
            _ => false,
        };
    }
}
