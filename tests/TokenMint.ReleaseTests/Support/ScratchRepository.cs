using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.PackageTests.Support;

namespace TokenMint.ReleaseTests.Support;

/// <summary>
/// A temporary folder laid out like the repository, holding the scripts under test (copied from the real repository,
/// so they work on this folder) and the files they read and write. Deleted on dispose.
/// </summary>
internal sealed class ScratchRepository : IDisposable
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(60);

    private readonly string _fakeTools;

    private ScratchRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "tokenmint-release-" + Guid.NewGuid().ToString("N"));
        _fakeTools = Path.Combine(Root, ".fake-tools");
        Directory.CreateDirectory(Root);
        foreach (var script in new[] { "build/release.sh", ".ci/check-workflow-scripts.sh" })
            CopyFromRepository(script);
    }

    /// <summary>The real repository: the folder holding Generated.sln above the test assembly.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public string Root { get; }

    /// <summary>Where stand-in tools append what they were called with.</summary>
    public string ToolLog => Path.Combine(Root, ".fake-tools.log");

    /// <summary>Scripts only: add files with <see cref="Write"/> or <see cref="CopyFromRepository"/>.</summary>
    public static ScratchRepository Empty() => new();

    /// <summary>The scripts and the canned repository in Fixtures/repo: version 0.1.0 released, an Unreleased section with entries.</summary>
    public static ScratchRepository FromFixture()
    {
        var scratch = new ScratchRepository();
        var fixture = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "repo");
        foreach (var file in Directory.GetFiles(fixture, "*", SearchOption.AllDirectories))
            scratch.Write(Path.GetRelativePath(fixture, file).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText(file));
        return scratch;
    }

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", name));

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public void Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Copies a file from the real repository to the same place here, keeping its mode (scripts stay executable).</summary>
    public void CopyFromRepository(string relativePath)
    {
        var target = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(RepositoryRoot, relativePath), target, overwrite: true);
    }

    /// <summary>Puts the stand-in for <paramref name="tool"/> (Fixtures/fake-tools) first on the scripts' PATH.</summary>
    public void UseFakeTool(string tool)
    {
        Directory.CreateDirectory(_fakeTools);
        var path = Path.Combine(_fakeTools, tool);
        File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "fake-tools", tool), path, overwrite: true);
        // The scripts run under bash, so these tests need a Unix system anyway.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>What the stand-in tools were called with, one line per call; empty when none was.</summary>
    public string ToolCalls() => File.Exists(ToolLog) ? File.ReadAllText(ToolLog) : string.Empty;

    /// <summary>Runs `bash &lt;script&gt; &lt;arguments&gt;` in this folder.</summary>
    public Task<ProcessResult> RunAsync(string script, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?>
        {
            ["PATH"] = _fakeTools + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["FAKE_TOOL_LOG"] = ToolLog,
            ["NUGET_API_KEY"] = null,
            ["GITHUB_STEP_SUMMARY"] = null,
        };
        if (environment is not null)
            foreach (var (key, value) in environment)
                variables[key] = value;
        return ProcessRunner.RunAsync("bash", [script, .. arguments], Root, ScriptTimeout, variables);
    }

    public Task<ProcessResult> ReleaseAsync(params string[] arguments) => RunAsync("build/release.sh", arguments);

    /// <summary>Runs git here with a fixed identity, so commits work on any machine.</summary>
    public async Task<string> GitAsync(params string[] arguments)
    {
        string[] identity = ["-c", "user.name=TokenMint Tests", "-c", "user.email=tests@tokenmint.invalid", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", "-c", "init.defaultBranch=main"];
        var result = await ProcessRunner.RunAsync("git", [.. identity, .. arguments], Root, ScriptTimeout);
        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        return result.Output.Trim();
    }

    /// <summary>git init, everything committed; returns the commit.</summary>
    public async Task<string> CommitAllAsync(string message)
    {
        if (!Directory.Exists(Path.Combine(Root, ".git")))
            await GitAsync("init", "--quiet");
        await GitAsync("add", "--all");
        await GitAsync("commit", "--quiet", "-m", message);
        return await GitAsync("rev-parse", "HEAD");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not a test failure.
        }
    }

    private string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Generated.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No folder holding Generated.sln above the test assembly ({AppContext.BaseDirectory}).");
    }
}
