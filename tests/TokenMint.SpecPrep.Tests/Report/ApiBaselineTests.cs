using System.IO;
using System.Text.RegularExpressions;
using NUnit.Framework;
using TokenMint.SpecPrep.Report;
using TokenMint.SpecPrep.Tests.Diff;

namespace TokenMint.SpecPrep.Tests.Report;

/// <summary>build/api-baseline.json names the last release, or nothing before the first one; CHANGELOG.md says the same.</summary>
public class ApiBaselineTests
{
    private TempFolder _repo = null!;

    [SetUp]
    public void CreateRepository() => _repo = new TempFolder();

    [TearDown]
    public void DeleteRepository() => _repo.Dispose();

    private ApiBaseline? Load(string json)
    {
        _repo.Write(ApiBaseline.RelativePath, json);
        return ApiBaseline.Load(_repo.Path);
    }

    [Test]
    public void NullVersionAndCommitMeanNothingWasReleased()
    {
        Assert.That(Load("""{ "description": "none yet", "version": null, "commit": null }"""), Is.Null);
    }

    [Test]
    public void ReleasedVersionAndCommitAreRead()
    {
        var baseline = Load("""{ "description": "d", "version": "0.1.0", "commit": "0123456789abcdef0123" }""");

        Assert.That(baseline, Is.EqualTo(new ApiBaseline("0.1.0", "0123456789abcdef0123")));
        Assert.That(baseline!.ToString(), Is.EqualTo("0.1.0 at 0123456789ab"));
    }

    [TestCase("""{ "version": "0.1.0", "commit": null }""")]
    [TestCase("""{ "version": null, "commit": "0123456789abcdef" }""")]
    public void VersionWithoutCommitOrTheReverseIsAClearError(string json)
    {
        var error = Assert.Throws<SpecException>(() => Load(json));

        Assert.That(error!.Message, Does.Contain("both 'version' and 'commit'"));
    }

    [Test]
    public void MissingFileIsAClearError()
    {
        var error = Assert.Throws<SpecException>(() => ApiBaseline.Load(_repo.Path));

        Assert.That(error!.Message, Does.Contain(ApiBaseline.RelativePath));
    }

    [Test]
    public void TheRepositorysBaselineAndChangelogAgreeOnWhatWasReleased()
    {
        var baseline = ApiBaseline.Load(NSwagGeneration.RepoRoot);
        var changelog = File.ReadAllText(Path.Combine(NSwagGeneration.RepoRoot, "CHANGELOG.md"));
        var released = Regex.Match(changelog, @"^## (?<version>\d+\.\d+\.\d+)\b", RegexOptions.Multiline);

        if (baseline is null)
            Assert.That(released.Success, Is.False, "CHANGELOG.md has a released version, but build/api-baseline.json records none.");
        else
            Assert.That(released.Groups["version"].Value, Is.EqualTo(baseline.Version), "The latest release in CHANGELOG.md is the baseline's.");
    }
}
