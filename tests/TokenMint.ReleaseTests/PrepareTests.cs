using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.ReleaseTests.Support;

namespace TokenMint.ReleaseTests;

/// <summary>`build/release.sh prepare &lt;version&gt;` on the canned repository (Fixtures/repo).</summary>
public sealed class PrepareTests
{
    private static readonly string[] BookkeepingFiles =
    [
        "CHANGELOG.md", "src/Directory.Build.props", "build/api-baseline.json",
        "src/TokenMint.Core/PublicAPI.Shipped.txt", "src/TokenMint.Core/PublicAPI.Unshipped.txt",
        "src/TokenMint.Deck/PublicAPI.Shipped.txt", "src/TokenMint.Deck/PublicAPI.Unshipped.txt",
    ];

    [Test]
    public async Task PrepareMovesUnshippedApisIntoShippedSortedAndLeavesUnshippedEmpty()
    {
        using var repo = ScratchRepository.FromFixture();

        var result = await repo.ReleaseAsync("prepare", "0.2.0", "--date", "2026-12-01");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(repo.Read("src/TokenMint.Deck/PublicAPI.Shipped.txt"), Is.EqualTo(
            "#nullable enable\n" +
            "TokenMint.Deck.DeckClient\n" +
            "TokenMint.Deck.DeckClient.DeckClient(TokenMint.Deck.DeckClientOptions! options) -> void\n" +
            "TokenMint.Deck.DeckClientOptions\n"));
        Assert.That(repo.Read("src/TokenMint.Deck/PublicAPI.Unshipped.txt"), Is.EqualTo("#nullable enable\n"));
        Assert.That(repo.Read("src/TokenMint.Core/PublicAPI.Unshipped.txt"), Is.EqualTo("#nullable enable\n"));
    }

    [Test]
    public async Task PrepareDropsTheApisMarkedRemovedFromShipped()
    {
        using var repo = ScratchRepository.FromFixture();

        var result = await repo.ReleaseAsync("prepare", "0.2.0");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(repo.Read("src/TokenMint.Core/PublicAPI.Shipped.txt"), Is.EqualTo(
            "#nullable enable\n" +
            "TokenMint.ApiException\n" +
            "TokenMint.ApiException.ResponseExcerpt.get -> string!\n" +
            "TokenMint.ApiException.Retryable.get -> bool\n" +
            "TokenMint.ApiException.StatusCode.get -> int\n"));
    }

    [Test]
    public async Task PrepareTurnsUnreleasedIntoTheVersionWithItsDateUnderANewEmptyUnreleased()
    {
        using var repo = ScratchRepository.FromFixture();

        var result = await repo.ReleaseAsync("prepare", "0.2.0", "--date", "2026-12-01");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(repo.Read("CHANGELOG.md"), Does.StartWith(
            "# Changelog\n\nNotable changes to the packages, one section per package.\n\n" +
            "## Unreleased\n\n" +
            "## 0.2.0 - 2026-12-01\n\n" +
            "### TokenMint.Core\n\n" +
            "- `ApiException.Retryable` tells whether the SDK would retry the failure.\n" +
            "- **Breaking:** `ApiException.Body` removed; use `ResponseExcerpt`.\n\n" +
            "### TokenMint.Oneloop\n\n" +
            "- Regenerated from Oneloop's new spec.\n\n" +
            "## 0.1.0 - 2026-11-23\n"));
    }

    [Test]
    public async Task PrepareLeavesOutPackageSubsectionsThatGotNoEntry()
    {
        using var repo = ScratchRepository.FromFixture();

        await repo.ReleaseAsync("prepare", "0.2.0");

        Assert.That(repo.Read("CHANGELOG.md"), Does.Not.Contain("### TokenMint.Deck"));
    }

    [Test]
    public async Task PrepareSetsTheOneVersionInSrcDirectoryBuildProps()
    {
        using var repo = ScratchRepository.FromFixture();

        await repo.ReleaseAsync("prepare", "0.2.0");

        Assert.That(repo.Read("src/Directory.Build.props"), Does.Contain("    <Version>0.2.0</Version>\n").And.Not.Contain("0.1.0"));
    }

    [Test]
    public async Task PrepareKeepsTheApiBaselineOnThePreviousReleaseForTheReleaseToValidateAgainst()
    {
        using var repo = ScratchRepository.FromFixture();
        var before = repo.Read("build/api-baseline.json");

        await repo.ReleaseAsync("prepare", "0.2.0");

        Assert.That(repo.Read("build/api-baseline.json"), Is.EqualTo(before));
    }

    [Test]
    public async Task TheReleaseNotesOfAPreparedVersionAreWhatUnreleasedHeld()
    {
        using var repo = ScratchRepository.FromFixture();
        await repo.ReleaseAsync("prepare", "0.2.0");

        var notes = await repo.ReleaseAsync("notes", "0.2.0");

        Assert.That(notes.ExitCode, Is.Zero, notes.Describe());
        Assert.That(notes.Output, Is.EqualTo(
            "### TokenMint.Core\n\n" +
            "- `ApiException.Retryable` tells whether the SDK would retry the failure.\n" +
            "- **Breaking:** `ApiException.Body` removed; use `ResponseExcerpt`.\n\n" +
            "### TokenMint.Oneloop\n\n" +
            "- Regenerated from Oneloop's new spec.\n"));
    }

    [Test]
    public async Task TheFirstReleaseNeedsNoPreviousOne()
    {
        using var repo = ScratchRepository.FromFixture();
        repo.Write("build/api-baseline.json", ScratchRepository.Fixture("api-baseline.first-release.json"));
        repo.Write("CHANGELOG.md", "# Changelog\n\n## Unreleased\n\nThe first release will be 0.1.0.\n\n### TokenMint.Core\n\n- Initial release.\n");

        var result = await repo.ReleaseAsync("prepare", "0.1.0", "--date", "2026-12-01");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(repo.Read("CHANGELOG.md"), Does.Contain("## Unreleased\n\n## 0.1.0 - 2026-12-01\n\nThe first release will be 0.1.0.\n"));
    }

    [TestCase("1.2", "'1.2' is not a version")]
    [TestCase("v0.2.0", "'v0.2.0' is not a version")]
    [TestCase("0.1.0", "0.1.0 is already released")]
    [TestCase("0.0.1", "already has a section for 0.0.1")]
    public async Task PrepareRefusesAVersionThatCannotBeReleasedAndWritesNothing(string version, string message)
    {
        using var repo = ScratchRepository.FromFixture();
        var before = Snapshot(repo);

        var result = await repo.ReleaseAsync("prepare", version);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.Output, Does.Contain("error: ").And.Contain(message));
        Assert.That(Snapshot(repo), Is.EqualTo(before));
    }

    [Test]
    public async Task PrepareRefusesAnUnreleasedSectionWithoutEntries()
    {
        using var repo = ScratchRepository.FromFixture();
        repo.Write("CHANGELOG.md", "# Changelog\n\n## Unreleased\n\n### TokenMint.Core\n\n## 0.1.0 - 2026-11-23\n\n- Initial release.\n");
        var before = Snapshot(repo);

        var result = await repo.ReleaseAsync("prepare", "0.2.0");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.Output, Does.Contain("Unreleased section has no entries: nothing to release"));
        Assert.That(Snapshot(repo), Is.EqualTo(before));
    }

    [Test]
    public async Task PrepareRefusesToRemoveAnApiThatNeverShippedAndWritesNothing()
    {
        using var repo = ScratchRepository.FromFixture();
        repo.Write("src/TokenMint.Deck/PublicAPI.Unshipped.txt", "#nullable enable\n*REMOVED*TokenMint.Deck.DeckClient.Secret.get -> string!\n");
        var before = Snapshot(repo);

        var result = await repo.ReleaseAsync("prepare", "0.2.0");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.Output, Does.Contain("src/TokenMint.Deck/PublicAPI.Unshipped.txt removes APIs that src/TokenMint.Deck/PublicAPI.Shipped.txt does not list")
            .And.Contain("TokenMint.Deck.DeckClient.Secret.get -> string!"));
        Assert.That(Snapshot(repo), Is.EqualTo(before));
    }

    private static Dictionary<string, string> Snapshot(ScratchRepository repo) => BookkeepingFiles.ToDictionary(f => f, repo.Read);
}
