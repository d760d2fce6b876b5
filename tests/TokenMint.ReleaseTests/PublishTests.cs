using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.ReleaseTests.Support;

namespace TokenMint.ReleaseTests;

/// <summary>
/// `build/release.sh pack`, `push` and `github-release`, the publishing steps of release.yml, with stand-ins for
/// dotnet and gh (Fixtures/fake-tools) that record how they were called.
/// </summary>
public sealed class PublishTests
{
    private const string NuGet = "https://api.nuget.org/v3/index.json";

    [Test]
    public async Task PackValidatesThePackagesAgainstThePreviousRelease()
    {
        using var repo = await PreparedAsync("0.2.0");

        var result = await repo.RunAsync("build/release.sh", ["pack", "artifacts/packages"], PackageVersion("0.2.0"));

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(repo.ToolCalls(), Is.EqualTo(
            "dotnet pack Generated.sln -c Release -o artifacts/packages -p:PackageValidationBaselineVersion=0.1.0\n"));
    }

    [Test]
    public async Task PackValidatesWithoutABaselineBeforeTheFirstRelease()
    {
        using var repo = ScratchRepository.FromFixture();
        repo.UseFakeTool("dotnet");
        repo.Write("build/api-baseline.json", ScratchRepository.Fixture("api-baseline.first-release.json"));

        var result = await repo.RunAsync("build/release.sh", ["pack", "artifacts/packages"], PackageVersion("0.1.0"));

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.Output, Does.Contain("nothing released yet"));
        Assert.That(repo.ToolCalls(), Is.EqualTo("dotnet pack Generated.sln -c Release -o artifacts/packages\n"));
    }

    [Test]
    public async Task PackFailsWhenNoPackageOfTheVersionCameOut()
    {
        using var repo = await PreparedAsync("0.2.0");

        var result = await repo.RunAsync("build/release.sh", ["pack", "artifacts/packages"], PackageVersion("0.1.9"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.Output, Does.Contain("error: no *.0.2.0.nupkg in artifacts/packages"));
    }

    [Test]
    public async Task PushSendsEachPackageOfTheVersionToNuGetWithItsSymbols()
    {
        using var repo = await PreparedAsync("0.2.0");
        await repo.RunAsync("build/release.sh", ["pack", "artifacts/packages"], PackageVersion("0.2.0"));
        repo.Write("artifacts/packages/TokenMint.Core.0.1.0.nupkg", "an older package left in the folder");
        File.Delete(repo.ToolLog);

        var result = await repo.RunAsync("build/release.sh", ["push", "artifacts/packages"], new Dictionary<string, string?> { ["NUGET_API_KEY"] = "short-lived-key" });

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(repo.ToolCalls(), Is.EqualTo(
            $"dotnet nuget push artifacts/packages/TokenMint.Core.0.2.0.nupkg --api-key short-lived-key --source {NuGet} --skip-duplicate\n" +
            $"dotnet nuget push artifacts/packages/TokenMint.Deck.0.2.0.nupkg --api-key short-lived-key --source {NuGet} --skip-duplicate\n"));
    }

    [Test]
    public async Task PushRefusesAPackageWithoutItsSymbolPackageBeforePushingAnything()
    {
        using var repo = await PreparedAsync("0.2.0");
        await repo.RunAsync("build/release.sh", ["pack", "artifacts/packages"], PackageVersion("0.2.0"));
        File.Delete(Path.Combine(repo.Root, "artifacts/packages/TokenMint.Deck.0.2.0.snupkg"));
        File.Delete(repo.ToolLog);

        var result = await repo.RunAsync("build/release.sh", ["push", "artifacts/packages"], new Dictionary<string, string?> { ["NUGET_API_KEY"] = "k" });

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.Output, Does.Contain("TokenMint.Deck.0.2.0.nupkg has no symbol package"));
        Assert.That(repo.ToolCalls(), Is.Empty);
    }

    [Test]
    public async Task PushNeedsAnApiKey()
    {
        using var repo = await PreparedAsync("0.2.0");
        await repo.RunAsync("build/release.sh", ["pack", "artifacts/packages"], PackageVersion("0.2.0"));
        File.Delete(repo.ToolLog);

        var result = await repo.ReleaseAsync("push", "artifacts/packages");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.Output, Does.Contain("error: NUGET_API_KEY is not set"));
        Assert.That(repo.ToolCalls(), Is.Empty);
    }

    [Test]
    public async Task TheGitHubReleaseCarriesTheChangelogSectionAndThePackages()
    {
        using var repo = await PreparedAsync("0.2.0");
        await repo.RunAsync("build/release.sh", ["pack", "artifacts/packages"], PackageVersion("0.2.0"));
        File.Delete(repo.ToolLog);
        repo.UseFakeTool("gh");

        var result = await repo.ReleaseAsync("github-release", "v0.2.0", "artifacts/packages");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        var calls = repo.ToolCalls();
        Assert.That(calls, Does.StartWith("gh release create v0.2.0 --verify-tag --title TokenMint 0.2.0 --notes-file "));
        Assert.That(calls, Does.Contain(
            " artifacts/packages/TokenMint.Core.0.2.0.nupkg artifacts/packages/TokenMint.Core.0.2.0.snupkg" +
            " artifacts/packages/TokenMint.Deck.0.2.0.nupkg artifacts/packages/TokenMint.Deck.0.2.0.snupkg\n"));
        Assert.That(calls, Does.Not.Contain("--prerelease"));
        Assert.That(calls, Does.EndWith(
            "--- notes\n" +
            "### TokenMint.Core\n\n" +
            "- `ApiException.Retryable` tells whether the SDK would retry the failure.\n" +
            "- **Breaking:** `ApiException.Body` removed; use `ResponseExcerpt`.\n\n" +
            "### TokenMint.Oneloop\n\n" +
            "- Regenerated from Oneloop's new spec.\n" +
            "--- end\n"));
    }

    [Test]
    public async Task APrereleaseVersionMakesAGitHubPrerelease()
    {
        using var repo = await PreparedAsync("0.2.0-beta.1");
        await repo.RunAsync("build/release.sh", ["pack", "artifacts/packages"], PackageVersion("0.2.0-beta.1"));
        repo.UseFakeTool("gh");

        var result = await repo.ReleaseAsync("github-release", "v0.2.0-beta.1", "artifacts/packages");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(repo.ToolCalls(), Does.Contain("gh release create v0.2.0-beta.1 --verify-tag --title TokenMint 0.2.0-beta.1 --notes-file ").And.Contain(" --prerelease "));
    }

    [Test]
    public async Task NoGitHubReleaseForATagThatDisagreesWithTheVersion()
    {
        using var repo = await PreparedAsync("0.2.0");
        repo.UseFakeTool("gh");

        var result = await repo.ReleaseAsync("github-release", "v0.3.0", "artifacts/packages");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(repo.ToolCalls(), Does.Not.Contain("gh release"));
    }

    private static async Task<ScratchRepository> PreparedAsync(string version)
    {
        var repo = ScratchRepository.FromFixture();
        repo.UseFakeTool("dotnet");
        var prepared = await repo.ReleaseAsync("prepare", version);
        Assert.That(prepared.ExitCode, Is.Zero, prepared.Describe());
        return repo;
    }

    private static Dictionary<string, string?> PackageVersion(string version) => new() { ["FAKE_PACKAGE_VERSION"] = version };
}
