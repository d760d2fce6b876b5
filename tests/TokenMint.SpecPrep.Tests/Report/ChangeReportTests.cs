using System.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Diff;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Tests.Report;

/// <summary>The per-package verdict combines the three checks: any one finding a break makes the package breaking.</summary>
public class ChangeReportTests
{
    private static readonly SpecChange TokenAdded = new(ChangeArea.Schema, "CreateClientTokenResponse", "CreateClientTokenResponse.token",
        BreakingRules.PropertyAddedOptional, "string; response", false);

    private static ChangeReport Report(PackageApiDiff[]? api = null, ApiCompatFinding[]? binary = null, string[]? errors = null) => new(
        "HEAD (005b719e519b)",
        [new VendorDiff("decart", [TokenAdded], errors ?? []), new VendorDiff("deck", [], [])],
        " generated/Decart/DecartModels.g.cs | 6 ++++++\n 1 file changed, 6 insertions(+)",
        api ?? [],
        new ApiCompatResult("0.1.0 at 005b719e519b", binary ?? [new ApiCompatFinding("TokenMint.Decart", "net8.0", [])], null));

    [Test]
    public void NonBreakingSpecChangeWithAdditionsOnlyIsNotBreaking()
    {
        var report = Report(api: [new PackageApiDiff("TokenMint.Decart", ["TokenMint.Decart.CreateClientTokenResponse.Token.get -> string?"], [])]);

        var decart = report.Verdicts.Single(v => v.Package == "TokenMint.Decart");

        Assert.That(decart, Is.EqualTo(new PackageVerdict("TokenMint.Decart", 1, 0, 1, 0, 0)));
        Assert.That(decart.Breaking, Is.False);
        Assert.That(report.ExitCode, Is.Zero);
    }

    [Test]
    public void RemovedPublicApiLineMakesThePackageBreaking()
    {
        var report = Report(api: [new PackageApiDiff("TokenMint.Core", [], ["TokenMint.ApiException.RequestId.get -> string?"])]);

        Assert.That(report.Verdicts.Single(v => v.Package == "TokenMint.Core").Breaking, Is.True);
    }

    [Test]
    public void ApiCompatDifferenceMakesThePackageBreakingEvenWhenTheSpecSaysOtherwise()
    {
        var report = Report(binary: [new ApiCompatFinding("TokenMint.Decart", "net8.0", ["CP0002: Member 'X' exists on baseline but not on current"])]);

        Assert.That(report.Verdicts.Single(v => v.Package == "TokenMint.Decart").Breaking, Is.True);
    }

    [Test]
    public void VerdictsListCoreFirstThenEveryVendorPackage()
    {
        Assert.That(Report().Verdicts.Select(v => v.Package), Is.EqualTo(new[] { "TokenMint.Core", "TokenMint.Decart", "TokenMint.Deck" }));
    }

    [Test]
    public void MarkdownHasVerdictsEvidenceAndLegend()
    {
        var markdown = MarkdownReport.Render(Report(api: [new PackageApiDiff("TokenMint.Decart", ["TokenMint.Decart.CreateClientTokenResponse.Token.get -> string?"], [])]));

        Assert.That(markdown, Does.StartWith("# Spec change report\n\nBase `HEAD (005b719e519b)` → working tree.\n\n## Verdict\n"));
        Assert.That(markdown, Does.Contain("| TokenMint.Decart | not breaking | 1 (0) | +1 / −0 | compatible |"));
        Assert.That(markdown, Does.Contain("| TokenMint.Deck | not breaking | 0 (0) | +0 / −0 | not compared (new) |"));
        Assert.That(markdown, Does.Contain("`git diff --stat HEAD -- generated/`\n\n```text\n generated/Decart/DecartModels.g.cs | 6 ++++++"));
        Assert.That(markdown, Does.Contain("### TokenMint.Decart: additions only\n\n```diff\n+ TokenMint.Decart.CreateClientTokenResponse.Token.get -> string?\n```"));
        Assert.That(markdown, Does.Contain("| TokenMint.Decart | net8.0 | compatible |"));
        Assert.That(markdown, Does.Contain("## Legend"));
        Assert.That(markdown, Does.Not.Contain("ERROR"));
    }

    [Test]
    public void ErrorsComeBeforeTheChangesAndFailTheCommand()
    {
        var report = Report(errors: ["specs/decart/overlay.yaml action 6: target '$.components.schemas.ClientTokenResponse' matches nothing"]);

        var markdown = MarkdownReport.Render(report);

        Assert.That(report.ExitCode, Is.EqualTo(1));
        Assert.That(markdown.IndexOf("## Errors", System.StringComparison.Ordinal), Is.LessThan(markdown.IndexOf("## Spec changes", System.StringComparison.Ordinal)));
        Assert.That(markdown, Does.Contain("- ERROR: specs/decart/overlay.yaml action 6: target '$.components.schemas.ClientTokenResponse' matches nothing"));
    }

    [Test]
    public void ApiCompatDifferencesInAPackageWhoseCodeDidNotChangeAreNotBreaking()
    {
        var finding = new ApiCompatFinding("TokenMint.Core", "net8.0", ["CP0002: Member 'TokenMint.Http.TokenMintHttpClient.Create()' exists on baseline but not on current"]);
        var report = Report(binary: [finding]) with { ChangedCode = new ChangedCode(["specs/decart/post-v1-client-tokens.yaml"]) };

        var core = report.Verdicts.Single(v => v.Package == "TokenMint.Core");
        var markdown = MarkdownReport.Render(report);

        Assert.That(core.CodeChanged, Is.False);
        Assert.That(core.Breaking, Is.False);
        Assert.That(markdown, Does.Contain("| TokenMint.Core | unchanged | 0 (0) | +0 / −0 | 1 difference(s), all older than the base |"));
    }

    [Test]
    public void ApiCompatDifferencesInAPackageWhoseCodeChangedAreBreaking()
    {
        var finding = new ApiCompatFinding("TokenMint.Core", "net8.0", ["CP0002: Member 'X' exists on baseline but not on current"]);
        var report = Report(binary: [finding]) with { ChangedCode = new ChangedCode(["src/TokenMint.Core/Http/ClientBase.cs"]) };

        Assert.That(report.Verdicts.Single(v => v.Package == "TokenMint.Core").Breaking, Is.True);
    }

    [Test]
    public void WithoutAReleaseApiCompatIsSkippedWithAClearLine()
    {
        var report = Report() with { ApiCompat = ApiCompatResult.NoRelease() };

        var markdown = MarkdownReport.Render(report);

        Assert.That(markdown, Does.Contain("| package | verdict | spec changes (breaking) | public API lines (+/−) | ApiCompat vs no release |"));
        Assert.That(markdown, Does.Contain("| TokenMint.Decart | not breaking | 1 (0) | +0 / −0 | skipped |"));
        Assert.That(markdown, Does.Contain("## Binary compatibility (ApiCompat)\n\nno released baseline: ApiCompat skipped (`build/api-baseline.json` records no released version"));
        Assert.That(markdown, Does.Not.Contain("Baseline: no release"));
    }

    [Test]
    public void SkippedBinaryCheckSaysWhy()
    {
        var report = Report() with { ApiCompat = ApiCompatResult.NotRun("the baseline", "--no-apicompat was given.") };

        var markdown = MarkdownReport.Render(report);

        Assert.That(markdown, Does.Contain("Not run: --no-apicompat was given."));
        Assert.That(markdown, Does.Contain("| TokenMint.Decart | not breaking | 1 (0) | +0 / −0 | not run |"));
    }
}
