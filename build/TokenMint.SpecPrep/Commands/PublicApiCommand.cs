using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TokenMint.SpecPrep.Diff;
using TokenMint.SpecPrep.PublicApi;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Commands;

/// <summary>
/// <c>public-api [package…]</c>: brings src/*/PublicAPI.Unshipped.txt up to date with the code, additions (RS0016) and removals
/// (RS0017) alike. build/update-public-api.sh runs it for every package.
/// </summary>
public static class PublicApiCommand
{
    public static int Run(Arguments args)
    {
        var log = ReportCommand.Progress("public-api");
        var root = RepoRoot.Find();
        var projects = Projects(root, args.Positional);
        return Apply(root, projects, log) ? 0 : 1;
    }

    /// <summary>Runs the update and says what it did; false when the code still does not build.</summary>
    public static bool Apply(string root, IReadOnlyList<string> projects, Action<string> log, string? framework = null)
    {
        var outcome = PublicApiUpdater.Run(root, projects, log, framework);
        if (!outcome.Succeeded)
        {
            Console.Error.WriteLine($"error : the build still fails:\n{outcome.Errors}");
            return false;
        }
        log(outcome.Changed
            ? $"PublicAPI files updated: {outcome.Removed.Count} line(s) of removed APIs deleted, new APIs declared in {outcome.Declared.Count} project(s)"
            : "PublicAPI files already match the code");
        return true;
    }

    /// <summary>The src/ projects of the packages named ("TokenMint.Decart", or the vendor "decart"), or all of them.</summary>
    public static IReadOnlyList<string> Projects(string root, IReadOnlyList<string> names)
    {
        var all = PackageAssembly.Projects(root);
        if (names.Count == 0)
            return all;
        return names.Select(name =>
        {
            var package = name.StartsWith("TokenMint.", StringComparison.Ordinal) ? name : PackageNames.ForVendor(name);
            return all.FirstOrDefault(p => Path.GetFileNameWithoutExtension(p) == package)
                ?? throw new SpecException($"no project for package {package} under src/ (known: {string.Join(", ", all.Select(Path.GetFileNameWithoutExtension))}).");
        }).Distinct().ToList();
    }
}
