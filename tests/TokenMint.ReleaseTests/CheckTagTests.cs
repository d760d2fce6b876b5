using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.ReleaseTests.Support;

namespace TokenMint.ReleaseTests;

/// <summary>`build/release.sh check-tag &lt;tag&gt;` and `notes &lt;version&gt;`, the first steps of release.yml.</summary>
public sealed class CheckTagTests
{
    [Test]
    public async Task ATagThatMatchesThePreparedVersionPasses()
    {
        using var repo = ScratchRepository.FromFixture();
        await repo.ReleaseAsync("prepare", "0.2.0");

        var result = await repo.ReleaseAsync("check-tag", "v0.2.0");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.Output, Is.EqualTo("Releasing 0.2.0 (previous release: 0.1.0).\n"));
    }

    [Test]
    public async Task TheFirstReleaseHasNoPreviousRelease()
    {
        using var repo = ScratchRepository.FromFixture();
        repo.Write("build/api-baseline.json", ScratchRepository.Fixture("api-baseline.first-release.json"));
        repo.Write("CHANGELOG.md", "# Changelog\n\n## Unreleased\n\n## 0.1.0 - 2026-12-01\n\n- Initial release.\n");

        var result = await repo.ReleaseAsync("check-tag", "v0.1.0");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.Output, Is.EqualTo("Releasing 0.1.0 (previous release: none).\n"));
    }

    [TestCase("v0.3.0")]
    [TestCase("0.2.0")]
    [TestCase("v0.2.0-rc.1")]
    public async Task ATagThatDisagreesWithTheVersionFailsNamingBoth(string tag)
    {
        using var repo = ScratchRepository.FromFixture();
        await repo.ReleaseAsync("prepare", "0.2.0");

        var result = await repo.ReleaseAsync("check-tag", tag);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.Output, Does.Contain($"error: tag '{tag}' does not match <Version>0.2.0</Version> in src/Directory.Build.props"));
    }

    [Test]
    public async Task ATagForTheVersionAlreadyReleasedFails()
    {
        using var repo = ScratchRepository.FromFixture();

        var result = await repo.ReleaseAsync("check-tag", "v0.1.0");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.Output, Does.Contain("error: 0.1.0 is already released (build/api-baseline.json); bump the version."));
    }

    [Test]
    public async Task AVersionWithoutAChangelogSectionFails()
    {
        using var repo = ScratchRepository.FromFixture();
        repo.Write("src/Directory.Build.props", repo.Read("src/Directory.Build.props").Replace("0.1.0", "0.2.0"));

        var result = await repo.ReleaseAsync("check-tag", "v0.2.0");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.Output, Does.Contain("error: CHANGELOG.md has no section '## 0.2.0 - <date>'"));
    }

    [Test]
    public async Task NotesPrintOnlyTheVersionsSection()
    {
        using var repo = ScratchRepository.FromFixture();

        var result = await repo.ReleaseAsync("notes", "0.1.0");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.Output, Is.EqualTo("### TokenMint.Core\n\n- Initial release.\n"));
    }

    [Test]
    public async Task NotesDoNotTakeAPrereleaseForItsRelease()
    {
        using var repo = ScratchRepository.FromFixture();
        repo.Write("CHANGELOG.md", "## Unreleased\n\n## 0.2.0-beta.1 - 2026-12-01\n\n- Beta.\n\n## 0.2.0 - 2026-12-08\n\n- Final.\n");

        var release = await repo.ReleaseAsync("notes", "0.2.0");
        var beta = await repo.ReleaseAsync("notes", "0.2.0-beta.1");

        Assert.That(release.Output, Is.EqualTo("- Final.\n"), release.Describe());
        Assert.That(beta.Output, Is.EqualTo("- Beta.\n"), beta.Describe());
    }

    [Test]
    public async Task NotesFailForAVersionWithoutASection()
    {
        using var repo = ScratchRepository.FromFixture();

        var result = await repo.ReleaseAsync("notes", "0.9.0");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.Output, Does.Contain("error: CHANGELOG.md has no section for 0.9.0."));
    }
}
