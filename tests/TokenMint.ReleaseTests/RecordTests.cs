using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.ReleaseTests.Support;

namespace TokenMint.ReleaseTests;

/// <summary>`build/release.sh record`: after the release, build/api-baseline.json names it and its tagged commit.</summary>
public sealed class RecordTests
{
    [Test]
    public async Task RecordWritesTheVersionAndTheCommitItsTagPointsAtIntoTheApiBaseline()
    {
        using var repo = ScratchRepository.FromFixture();
        await repo.ReleaseAsync("prepare", "0.2.0");
        var release = await repo.CommitAllAsync("Release 0.2.0");
        await repo.GitAsync("tag", "v0.2.0");
        repo.Write("later.txt", "a commit after the tag must not be recorded");
        await repo.CommitAllAsync("Later");

        var result = await repo.ReleaseAsync("record");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(repo.Read("build/api-baseline.json"), Is.EqualTo(
            "{\n" +
            "  \"description\": \"The last released version and the commit it was built from.\",\n" +
            "  \"version\": \"0.2.0\",\n" +
            $"  \"commit\": \"{release}\"\n" +
            "}\n"));
    }

    [Test]
    public async Task RecordFillsInABaselineThatHeldNullBeforeTheFirstRelease()
    {
        using var repo = ScratchRepository.FromFixture();
        repo.Write("build/api-baseline.json", ScratchRepository.Fixture("api-baseline.first-release.json"));
        var release = await repo.CommitAllAsync("Release 0.1.0");
        await repo.GitAsync("tag", "v0.1.0");

        var result = await repo.ReleaseAsync("record");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(repo.Read("build/api-baseline.json"), Does.Contain("\"version\": \"0.1.0\",\n").And.Contain($"\"commit\": \"{release}\"\n"));
    }

    [Test]
    public async Task RecordRefusesAVersionThatWasNotTagged()
    {
        using var repo = ScratchRepository.FromFixture();
        await repo.ReleaseAsync("prepare", "0.2.0");
        await repo.CommitAllAsync("Release 0.2.0");
        var before = repo.Read("build/api-baseline.json");

        var result = await repo.ReleaseAsync("record");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.Output, Does.Contain("error: no tag v0.2.0"));
        Assert.That(repo.Read("build/api-baseline.json"), Is.EqualTo(before));
    }

    [Test]
    public async Task RecordRefusesATagOnACommitThatShipsAnotherVersion()
    {
        using var repo = ScratchRepository.FromFixture();
        await repo.CommitAllAsync("Still 0.1.0");
        await repo.GitAsync("tag", "v0.2.0");
        await repo.ReleaseAsync("prepare", "0.2.0");
        await repo.CommitAllAsync("Release 0.2.0, tagged too early");

        var result = await repo.ReleaseAsync("record");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.Output, Does.Contain("whose src/Directory.Build.props does not set <Version>0.2.0</Version>"));
    }
}
