using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.ReleaseTests.Support;

namespace TokenMint.ReleaseTests;

/// <summary>.ci/check-workflow-scripts.sh: every script a workflow calls must be in the repository.</summary>
public sealed class WorkflowScriptCheckTests
{
    private const string Header = "name: W\non: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n";

    [Test]
    public async Task WorkflowsThatCallExistingScriptsPass()
    {
        using var repo = WithScripts();
        repo.Write(".github/workflows/w.yml", Header +
            "      - run: bash build/release.sh check-tag \"$GITHUB_REF_NAME\"\n" +
            "      - name: Block\n" +
            "        run: |\n" +
            "          mkdir -p artifacts && .ci/run\n" +
            "          dotnet test tests/x.csproj   # not a script: an argument\n" +
            "          bash ${{ matrix.script }}\n");

        var result = await repo.RunAsync(".ci/check-workflow-scripts.sh", []);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.Output, Is.EqualTo("check-workflow-scripts: 3 script reference(s) in 2 workflow(s), all present\n"));
    }

    [TestCase("      - run: bash build/missing.sh --flag\n", 7, "runs build/missing.sh, which does not exist")]
    [TestCase("      - run: 'sh .ci/missing'\n", 7, "runs .ci/missing, which does not exist")]
    [TestCase("      - run: source build/env.sh\n", 7, "runs build/env.sh, which does not exist")]
    [TestCase("      - name: Block\n        run: |\n          echo start\n          X=1 ./build/missing.sh\n", 10, "runs ./build/missing.sh, which does not exist")]
    [TestCase("      - run: echo hi && build/missing.sh; true\n", 7, "runs build/missing.sh, which does not exist")]
    [TestCase("      - run: build/not-executable.sh\n", 7, "runs build/not-executable.sh directly, but it is not executable")]
    [TestCase("      - uses: ./.github/actions/setup\n", 7, "uses ./.github/actions/setup, which has no action.yml")]
    public async Task AWorkflowCallingAMissingScriptFailsNamingTheWorkflowLineAndScript(string steps, int line, string message)
    {
        using var repo = WithScripts();
        repo.Write("build/not-executable.sh", "echo\n");
        repo.Write(".github/workflows/broken.yml", Header + steps);

        var result = await repo.RunAsync(".ci/check-workflow-scripts.sh", []);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.Output, Does.Contain($".github/workflows/broken.yml:{line}: {message}"));
        Assert.That(result.Output, Does.Contain("error: 1 of "));
    }

    [Test]
    public async Task TheRepositorysWorkflowsCallOnlyScriptsThatExist()
    {
        var result = await TokenMint.PackageTests.Support.ProcessRunner.RunAsync(
            "bash", [".ci/check-workflow-scripts.sh"], ScratchRepository.RepositoryRoot, System.TimeSpan.FromSeconds(60));

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.Output, Does.Contain("all present").And.Not.Contain(" 0 script reference(s)"));
    }

    /// <summary>build/release.sh and .ci/check-workflow-scripts.sh, which is run directly by a second workflow.</summary>
    private static ScratchRepository WithScripts()
    {
        var repo = ScratchRepository.Empty();
        repo.CopyFromRepository(".ci/run");
        repo.Write(".github/workflows/ci.yml", Header + "      - run: .ci/check-workflow-scripts.sh\n");
        Assert.That(File.Exists(Path.Combine(repo.Root, "build/release.sh")), Is.True);
        return repo;
    }
}
