using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;

namespace TokenMint.PackageTests;

/// <summary>The nuspec of each package: what nuget.org shows and what links the package back to its source.</summary>
[TestFixture]
public sealed class PackageMetadataTests
{
    private const string GitHubRepository = "https://github.com/tokenmint/tokenmint-dotnet";

    public static IEnumerable<string> PackageIds => PackageFeed.PackageIds;

    public static IEnumerable<string> VendorPackageIds => PackageFeed.VendorPackageIds;

    [Test]
    public void VersionIsTheOneSrcDirectoryBuildPropsSets()
    {
        Assert.That(PackageFeed.Version, Does.Match(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$"), "a SemVer 2 version");
        foreach (var id in PackageFeed.PackageIds)
            Assert.That(PackageUnderTest.Open(id).Metadata("version"), Is.EqualTo(PackageFeed.Version), id);
    }

    [TestCaseSource(nameof(PackageIds))]
    public void IdIsTheProjectName(string id)
    {
        Assert.That(PackageUnderTest.Open(id).Metadata("id"), Is.EqualTo(id));
    }

    [TestCaseSource(nameof(PackageIds))]
    public void DescriptionSaysWhatThePackageIs(string id)
    {
        var description = PackageUnderTest.Open(id).Metadata("description");

        Assert.That(description, Is.Not.Null.And.Length.GreaterThan(40));
        Assert.That(description, Is.Not.EqualTo("Package Description"), "the SDK's placeholder");
        Assert.That(description, Does.Contain("TokenMint"));
    }

    [TestCaseSource(nameof(VendorPackageIds))]
    public void VendorDescriptionNamesTheVendor(string id)
    {
        var package = PackageUnderTest.Open(id);

        Assert.That(package.Metadata("description"), Does.Contain(package.Name + " API"));
    }

    [Test]
    public void EveryPackageHasItsOwnDescription()
    {
        var descriptions = PackageFeed.PackageIds.Select(id => PackageUnderTest.Open(id).Metadata("description")).ToList();

        Assert.That(descriptions, Is.Unique);
    }

    [TestCaseSource(nameof(PackageIds))]
    public void TagsLicenseAndProjectUrlAreSet(string id)
    {
        var package = PackageUnderTest.Open(id);
        var license = package.MetadataElement("license");
        var tags = (package.Metadata("tags") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That(tags, Does.Contain("tokenmint").And.Contain("sdk").And.Contain("openapi"));
            Assert.That(tags, Is.EqualTo(PackageFeed.PackageProperty("PackageTags").Split(';', StringSplitOptions.RemoveEmptyEntries)));
            Assert.That((string?)license?.Attribute("type"), Is.EqualTo("expression"), "a license expression, not a file or URL");
            Assert.That(license?.Value, Is.EqualTo("MIT"));
            Assert.That(package.Metadata("projectUrl"), Is.EqualTo(GitHubRepository));
            Assert.That(package.Metadata("authors"), Is.EqualTo("TokenMint"));
            Assert.That(package.Metadata("copyright"), Does.Contain("TokenMint"));
        });
    }

    [TestCaseSource(nameof(PackageIds))]
    public void RepositoryNamesTypeUrlAndTheCommitPacked(string id)
    {
        var repository = PackageUnderTest.Open(id).MetadataElement("repository");

        Assert.That(repository, Is.Not.Null, "<repository> in the nuspec");
        Assert.Multiple(() =>
        {
            Assert.That((string?)repository!.Attribute("type"), Is.EqualTo("git"));
            Assert.That((string?)repository.Attribute("url"), Is.EqualTo(GitHubRepository));
            Assert.That((string?)repository.Attribute("commit"), Is.AnyOf(PackageFeed.HeadCommits.ToArray()),
                "the commit the package was built from (git rev-parse HEAD)");
        });
    }
}
