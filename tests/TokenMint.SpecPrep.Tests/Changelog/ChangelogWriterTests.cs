using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Changelog;
using TokenMint.SpecPrep.Diff;
using TokenMint.SpecPrep.Report;
using TokenMint.SpecPrep.Tests.Diff;
using TokenMint.SpecPrep.Vendors;

namespace TokenMint.SpecPrep.Tests.Changelog;

public class ChangelogWriterTests
{
    private const string Changelog = """
        # Changelog

        ## Unreleased

        ### TokenMint.Core

        ### TokenMint.Decart

        ## 0.1.0 - 2026-11-23

        ### TokenMint.Decart

        - Initial release.

        """;

    private static Dictionary<string, IReadOnlyList<string>> Entries(string package, params string[] bullets) => new() { [package] = bullets };

    [Test]
    public void FindingsGoUnderUnreleasedForTheAffectedPackageOnly()
    {
        var updated = ChangelogWriter.AddUnreleased(Changelog, Entries("TokenMint.Decart", "Decart spec: property added, optional `CreateClientTokenResponse.token` (string; response)."));

        Assert.That(updated, Is.EqualTo("""
            # Changelog

            ## Unreleased

            ### TokenMint.Core

            ### TokenMint.Decart

            - Decart spec: property added, optional `CreateClientTokenResponse.token` (string; response).

            ## 0.1.0 - 2026-11-23

            ### TokenMint.Decart

            - Initial release.

            """));
    }

    [Test]
    public void RunningTwiceAddsNothingTheSecondTime()
    {
        var entries = Entries("TokenMint.Decart", "First.", "Second.");
        var once = ChangelogWriter.AddUnreleased(Changelog, entries, out var addedFirst);

        Assert.That(ChangelogWriter.AddUnreleased(once, entries, out var addedSecond), Is.EqualTo(once));
        Assert.That(addedFirst, Is.EqualTo(new[] { "TokenMint.Decart" }));
        Assert.That(addedSecond, Is.Empty, "\"findings added\" is said only when something was added.");
    }

    [Test]
    public void NewFindingsFollowTheExistingBullets()
    {
        var once = ChangelogWriter.AddUnreleased(Changelog, Entries("TokenMint.Core", "First."));

        var twice = ChangelogWriter.AddUnreleased(once, Entries("TokenMint.Core", "Second."));

        Assert.That(twice, Does.Contain("### TokenMint.Core\n\n- First.\n- Second.\n\n### TokenMint.Decart\n"));
    }

    [Test]
    public void MissingPackageSubsectionIsCreatedAtTheEndOfUnreleased()
    {
        var updated = ChangelogWriter.AddUnreleased(Changelog, Entries("TokenMint.Trackstar", "**Breaking:** Trackstar spec: operation removed."));

        Assert.That(updated, Does.Contain("### TokenMint.Decart\n\n### TokenMint.Trackstar\n\n- **Breaking:** Trackstar spec: operation removed.\n\n## 0.1.0 - 2026-11-23\n"));
    }

    [Test]
    public void MissingUnreleasedSectionIsCreatedAboveTheFirstRelease()
    {
        var updated = ChangelogWriter.AddUnreleased("# Changelog\n\n## 0.1.0\n\n- Initial release.\n", Entries("TokenMint.Deck", "Deck spec: enum value added."));

        Assert.That(updated, Is.EqualTo("# Changelog\n\n## Unreleased\n\n### TokenMint.Deck\n\n- Deck spec: enum value added.\n\n## 0.1.0\n\n- Initial release.\n"));
    }

    [Test]
    public void ReportFindingsBecomeBulletsWithBreakingOnesMarked()
    {
        var report = new ChangeReport("HEAD (test)",
        [
            new VendorDiff("decart",
            [
                new SpecChange(ChangeArea.Schema, "CreateClientTokenResponse", "CreateClientTokenResponse.token", BreakingRules.PropertyAddedOptional, "string; response", false),
                new SpecChange(ChangeArea.Schema, "CreateClientTokenResponse", "CreateClientTokenResponse.expiresAt", BreakingRules.PropertyRemoved, "string; response", true),
            ], []),
            new VendorDiff("deck", [], []),
        ], string.Empty, [new PackageApiDiff("TokenMint.Core", [], ["TokenMint.ApiException.ErrorCode.get -> string?"])], ApiCompatResult.NotRun("b", "test"));

        var entries = ChangelogEntries.From(report);

        Assert.That(entries, Is.EquivalentTo(new Dictionary<string, IReadOnlyList<string>>
        {
            ["TokenMint.Decart"] =
            [
                "Decart spec: property added, optional `CreateClientTokenResponse.token` (string; response).",
                "**Breaking:** Decart spec: property removed `CreateClientTokenResponse.expiresAt` (string; response).",
            ],
            ["TokenMint.Core"] = ["**Breaking:** removed public API `TokenMint.ApiException.ErrorCode.get -> string?`."],
        }));
    }

    [Test]
    public void TheRepositorysChangelogTakesFindingsUnderUnreleasedForEachPackage()
    {
        var path = Path.Combine(NSwagGeneration.RepoRoot, "CHANGELOG.md");
        var original = File.ReadAllText(path);

        var updated = ChangelogWriter.AddUnreleased(original, Entries("TokenMint.Decart", "Decart spec: token added."));

        var unreleased = updated.IndexOf("## Unreleased\n", System.StringComparison.Ordinal);
        // Unreleased ends at the next version's section, or at the end while nothing has been released.
        var release = updated.IndexOf("\n## ", unreleased + 1, System.StringComparison.Ordinal) is var next and >= 0 ? next : updated.Length;
        // The repository's Unreleased section may already hold bullets: the new one goes after them, in Decart's subsection.
        var heading = updated.IndexOf("### TokenMint.Decart\n", unreleased, System.StringComparison.Ordinal);
        var bullet = updated.IndexOf("\n- Decart spec: token added.\n", System.StringComparison.Ordinal);
        Assert.That(unreleased, Is.GreaterThan(0));
        Assert.That(bullet, Is.GreaterThan(unreleased).And.LessThan(release), "The finding must land in Unreleased, not in a released version.");
        Assert.That(heading, Is.GreaterThan(unreleased).And.LessThan(bullet), "The finding goes under TokenMint.Decart.");
        Assert.That(updated.IndexOf("\n### ", heading + 1, System.StringComparison.Ordinal), Is.GreaterThan(bullet).Or.EqualTo(-1), "No other subsection between the heading and its bullet.");
        foreach (var package in VendorManifest.All(Path.Combine(NSwagGeneration.RepoRoot, "specs")).Select(v => v.Package).Prepend("TokenMint.Core"))
            Assert.That(original.IndexOf($"### {package}\n", unreleased, System.StringComparison.Ordinal), Is.GreaterThan(unreleased).And.LessThan(release), $"{package} under Unreleased");
        // Nothing else changes: an empty subsection gains the bullet and a blank line, a filled one only the bullet's line.
        var withoutBullet = updated.Contains("\n\n- Decart spec: token added.\n", System.StringComparison.Ordinal)
            ? updated.Replace("- Decart spec: token added.\n\n", string.Empty, System.StringComparison.Ordinal)
            : updated.Replace("\n- Decart spec: token added.", string.Empty, System.StringComparison.Ordinal);
        Assert.That(withoutBullet, Is.EqualTo(original));
    }
}
