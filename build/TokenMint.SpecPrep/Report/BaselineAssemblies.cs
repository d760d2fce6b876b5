using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TokenMint.SpecPrep.Report;

/// <summary>
/// The released version's assemblies: built once from its commit in a temporary git worktree (generated/ is committed, so no
/// generation runs) and cached under artifacts/api-baseline/&lt;version&gt;-&lt;commit&gt;/, since a release never changes.
/// </summary>
public static class BaselineAssemblies
{
    private const string CompleteStamp = ".complete";

    public static string CacheFolder(string repoRoot, ApiBaseline baseline) =>
        Path.Combine(repoRoot, "artifacts", "api-baseline", $"{baseline.Version}-{baseline.ShortCommit}");

    public static IReadOnlyList<PackageAssembly> Get(Git git, ApiBaseline baseline, Action<string> log)
    {
        var cache = CacheFolder(git.RepoRoot, baseline);
        if (File.Exists(Path.Combine(cache, CompleteStamp)))
        {
            log($"baseline {baseline}: cached in {Path.GetRelativePath(git.RepoRoot, cache)}");
            return Cached(cache);
        }
        var commit = git.ResolveCommit(baseline.Commit);
        var worktree = Path.Combine(Path.GetTempPath(), $"tokenmint-baseline-{Guid.NewGuid():N}");
        log($"baseline {baseline}: building in a temporary worktree (cached afterwards)");
        git.Run("worktree", "add", "--detach", "--quiet", worktree, commit);
        try
        {
            var solution = Path.Combine(worktree, "baseline.slnx");
            PackageAssembly.WriteSolution(solution, PackageAssembly.Projects(worktree));
            // Analyzers off: that commit passed them when it was made, and they are most of a compile.
            var build = ProcessRunner.Run("dotnet", ["build", solution, "-c", "Release", "-p:TokenMintGenerate=false", "-p:RunAnalyzers=false", "-nologo", "-v:q"], worktree);
            if (!build.Succeeded)
                throw new SpecException($"building the baseline {baseline} failed:\n{build.BuildErrors()}");
            if (Directory.Exists(cache))
                Directory.Delete(cache, recursive: true);
            foreach (var assembly in PackageAssembly.ReleaseOutputs(worktree))
            {
                var target = Path.Combine(cache, assembly.Package, assembly.Framework);
                Directory.CreateDirectory(target);
                File.Copy(assembly.Path, Path.Combine(target, Path.GetFileName(assembly.Path)));
            }
            File.WriteAllText(Path.Combine(cache, CompleteStamp), commit + "\n");
            return Cached(cache);
        }
        finally
        {
            // --force: the worktree holds the build's bin/ and obj/.
            if (!git.TryRun(out _, "worktree", "remove", "--force", worktree))
            {
                if (Directory.Exists(worktree))
                    Directory.Delete(worktree, recursive: true);
                git.TryRun(out _, "worktree", "prune");
            }
        }
    }

    private static IReadOnlyList<PackageAssembly> Cached(string cache) =>
        Directory.GetDirectories(cache).OrderBy(d => d, StringComparer.Ordinal)
            .SelectMany(package => Directory.GetDirectories(package).OrderBy(d => d, StringComparer.Ordinal).Select(tfm =>
                new PackageAssembly(Path.GetFileName(package), Path.GetFileName(tfm), Path.Combine(tfm, Path.GetFileName(package) + ".dll"))))
            .Where(a => File.Exists(a.Path))
            .ToList();
}
