using System;
using System.IO;
using NUnit.Framework;
using TokenMint.SpecPrep.Commands;
using TokenMint.SpecPrep.Report;
using TokenMint.SpecPrep.Tests.Diff;

namespace TokenMint.SpecPrep.Tests.Report;

/// <summary>
/// The report command end to end in a scratch git repository the test creates (so nothing depends on this repository's history):
/// the vendored Decart folder is committed, then changed in the working tree. The builds and ApiCompat are off here; they are
/// exercised by the real report in CI.
/// </summary>
[NonParallelizable]
public class ReportCommandTests
{
    private TempFolder _repo = null!;
    private string _previousDirectory = null!;

    [SetUp]
    public void CreateRepository()
    {
        _repo = new TempFolder();
        _repo.Write("nswag.json", "{}\n");
        _repo.Write("CHANGELOG.md", "# Changelog\n\n## Unreleased\n\n### TokenMint.Decart\n\n## 0.1.0 - 2026-11-23\n\n### TokenMint.Decart\n\n- Initial release.\n");
        using var decart = new VendorFixture("decart");
        foreach (var file in Directory.GetFiles(decart.Before))
            _repo.Write(Path.Combine("specs", "decart", Path.GetFileName(file)), File.ReadAllText(file));
        Git("init", "--quiet");
        Git("add", "--all");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", "0.1.0");
        _previousDirectory = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_repo.Path);
    }

    [TearDown]
    public void DeleteRepository()
    {
        Directory.SetCurrentDirectory(_previousDirectory);
        _repo.Dispose();
    }

    private string DecartPageFile => Path.Combine(_repo.Path, "specs", "decart", "post-v1-client-tokens.yaml");

    private void Git(params string[] args)
    {
        var result = ProcessRunner.Run("git", args, _repo.Path);
        Assert.That(result.ExitCode, Is.Zero, result.Tail());
    }

    private static (int ExitCode, string Output) Report(params string[] args)
    {
        var (exitCode, output, _) = ReportWithProgress(args);
        return (exitCode, output);
    }

    /// <returns>The exit code, the report (stdout) and the progress lines (stderr, kept out of the test log).</returns>
    private static (int ExitCode, string Output, string Progress) ReportWithProgress(params string[] args)
    {
        var (output, progress) = (new StringWriter(), new StringWriter());
        var (previous, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(progress);
        try
        {
            return (ReportCommand.Run(new Arguments(args, ReportCommand.OptionsWithValues)), output.ToString(), progress.ToString());
        }
        finally
        {
            Console.SetOut(previous);
            Console.SetError(previousError);
        }
    }

    [Test]
    public void ReportPrintsAndKeepsTheTokenFindingAndAddsItToTheChangelog()
    {
        File.WriteAllText(DecartPageFile, DecartPage.WithTokenField(File.ReadAllText(DecartPageFile)));

        var (exitCode, output) = Report("--base", "HEAD", "--no-build", "--no-apicompat", "--changelog");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("| TokenMint.Decart | not breaking | 1 (0) | +0 / −0 | not run |"));
        Assert.That(output, Does.Contain("| no | property added, optional | `CreateClientTokenResponse.token` | string; response |"));
        Assert.That(File.ReadAllText(Path.Combine(_repo.Path, "artifacts", "change-report.md")), Is.EqualTo(output));
        Assert.That(File.ReadAllText(Path.Combine(_repo.Path, "CHANGELOG.md")), Does.StartWith(
            "# Changelog\n\n## Unreleased\n\n### TokenMint.Decart\n\n- Decart spec: property added, optional `CreateClientTokenResponse.token` (string; response).\n\n## 0.1.0"));
    }

    [Test]
    public void SecondReportSaysNothingWasAddedToTheChangelog()
    {
        File.WriteAllText(DecartPageFile, DecartPage.WithTokenField(File.ReadAllText(DecartPageFile)));
        var first = ReportWithProgress("--base", "HEAD", "--no-build", "--no-apicompat", "--changelog");
        var changelog = File.ReadAllText(Path.Combine(_repo.Path, "CHANGELOG.md"));

        var second = ReportWithProgress("--base", "HEAD", "--no-build", "--no-apicompat", "--changelog");

        Assert.That(first.Progress, Does.Contain("CHANGELOG: findings added under Unreleased for TokenMint.Decart"));
        Assert.That(second.Progress, Does.Not.Contain("findings added"));
        Assert.That(second.Progress, Does.Contain("CHANGELOG: nothing to add, every finding is already under Unreleased"));
        Assert.That(File.ReadAllText(Path.Combine(_repo.Path, "CHANGELOG.md")), Is.EqualTo(changelog));
    }

    [Test]
    public void ReportExitsNonZeroWhenAnOverlayTargetIsGone()
    {
        File.WriteAllText(DecartPageFile, File.ReadAllText(DecartPageFile).Replace("ClientTokenResponse", "ClientTokenResult", StringComparison.Ordinal));

        var (exitCode, output) = Report("--base", "HEAD", "--no-build", "--no-apicompat", "--out", "artifacts/report.md");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("- ERROR: specs/decart/overlay.yaml action 6: target '$.components.schemas.ClientTokenResponse' matches nothing"));
        Assert.That(File.Exists(Path.Combine(_repo.Path, "artifacts", "report.md")), Is.True);
    }

    [Test]
    public void ReportWithoutAReleasedBaselineSkipsApiCompatWithAClearLine()
    {
        _repo.Write("build/api-baseline.json", """{ "description": "nothing released yet", "version": null, "commit": null }""");

        var (exitCode, output) = Report("--base", "HEAD", "--no-build");

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("no released baseline: ApiCompat skipped"));
        Assert.That(output, Does.Contain("| TokenMint.Core | unchanged | 0 (0) | +0 / −0 | skipped |"));
        Assert.That(output, Does.Contain("| TokenMint.Decart | unchanged | 0 (0) | +0 / −0 | skipped |"));
    }

    [Test]
    public void UnknownBaseIsAClearError()
    {
        var error = Assert.Throws<SpecException>(() => Report("--base", "no-such-branch"));

        Assert.That(error!.Message, Does.Contain("'no-such-branch' is not a commit"));
    }
}
