using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.ReleaseTests.Support;

namespace TokenMint.ReleaseTests;

/// <summary>The repository's own bookkeeping files stay in the shape build/release.sh works on.</summary>
public sealed class RepositoryReleaseStateTests
{
    [Test]
    public async Task TheRepositorysFilesCanBePreparedForARelease()
    {
        using var repo = ScratchRepository.Empty();
        var projects = Directory.GetDirectories(Path.Combine(ScratchRepository.RepositoryRoot, "src"), "TokenMint.*").Select(Path.GetFileName).ToList();
        foreach (var file in new[] { "CHANGELOG.md", "build/api-baseline.json", "src/Directory.Build.props" })
            repo.CopyFromRepository(file);
        foreach (var project in projects)
        {
            repo.CopyFromRepository($"src/{project}/PublicAPI.Shipped.txt");
            repo.CopyFromRepository($"src/{project}/PublicAPI.Unshipped.txt");
        }
        // Right after a release Unreleased is empty, which prepare refuses: give it an entry.
        repo.Write("CHANGELOG.md", repo.Read("CHANGELOG.md").Replace("## Unreleased\n", "## Unreleased\n\n- A change.\n"));

        var result = await repo.ReleaseAsync("prepare", "99.0.0", "--date", "2099-01-01");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(repo.Read("CHANGELOG.md"), Does.Contain("## Unreleased\n\n## 99.0.0 - 2099-01-01\n"));
        Assert.That(repo.Read("src/Directory.Build.props"), Does.Contain("<Version>99.0.0</Version>"));
        foreach (var project in projects)
        {
            var unshipped = File.ReadAllLines(Path.Combine(ScratchRepository.RepositoryRoot, "src", project!, "PublicAPI.Unshipped.txt"));
            var shipped = repo.Read($"src/{project}/PublicAPI.Shipped.txt").Split('\n');
            Assert.That(shipped, Is.SupersetOf(unshipped.Where(l => !l.StartsWith("*REMOVED*", System.StringComparison.Ordinal))), project);
            Assert.That(repo.Read($"src/{project}/PublicAPI.Unshipped.txt"), Is.EqualTo("#nullable enable\n"), project);
        }
    }

    [Test]
    public void TheVersionIsSetOnceAndIsASemanticVersion()
    {
        var props = File.ReadAllText(Path.Combine(ScratchRepository.RepositoryRoot, "src", "Directory.Build.props"));

        var versions = System.Text.RegularExpressions.Regex.Matches(props, "<Version>([^<]*)</Version>");

        Assert.That(versions, Has.Count.EqualTo(1));
        Assert.That(versions[0].Groups[1].Value, Does.Match(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$"));
    }
}
