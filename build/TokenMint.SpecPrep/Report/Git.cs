using System.Collections.Generic;
using System.Linq;

namespace TokenMint.SpecPrep.Report;

/// <summary>The few git commands the change report needs, run in the repository root.</summary>
public sealed class Git(string repoRoot)
{
    public string RepoRoot { get; } = repoRoot;

    public string Run(params string[] arguments)
    {
        var result = ProcessRunner.Run("git", arguments, RepoRoot);
        return result.Succeeded
            ? result.Output
            : throw new SpecException($"git {string.Join(" ", arguments)} failed: {result.Error.Trim()}");
    }

    public bool TryRun(out ProcessResult result, params string[] arguments)
    {
        result = ProcessRunner.Run("git", arguments, RepoRoot);
        return result.Succeeded;
    }

    /// <summary>The full commit id a revision names (a branch, tag, HEAD~1, a sha); a clear error when it names none.</summary>
    public string ResolveCommit(string revision)
    {
        if (!TryRun(out var result, "rev-parse", "--verify", "--quiet", revision + "^{commit}"))
            throw new SpecException($"'{revision}' is not a commit in this repository (is the history fetched?).");
        return result.Output.Trim();
    }

    public IReadOnlyList<string> ListFiles(string commit, string folder) =>
        Run("ls-tree", "-r", "--name-only", commit, "--", folder).Split('\n', System.StringSplitOptions.RemoveEmptyEntries).ToList();

    public string Show(string commit, string path) => Run("show", $"{commit}:{path}");
}
