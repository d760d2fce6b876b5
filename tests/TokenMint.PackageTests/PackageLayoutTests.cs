using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Xml.Linq;
using NUnit.Framework;

namespace TokenMint.PackageTests;

/// <summary>What each .nupkg holds: the libraries for both target frameworks with their XML docs, and the README.</summary>
[TestFixture]
public sealed class PackageLayoutTests
{
    public static IEnumerable<string> PackageIds => PackageFeed.PackageIds;

    [TestCaseSource(nameof(PackageIds))]
    public void FeedHoldsANupkgAndASnupkg(string id)
    {
        var prefix = $"{id}.{PackageFeed.Version}";
        var files = Directory.GetFiles(PackageFeed.FeedDirectory).Select(Path.GetFileName).ToList();

        Assert.That(files, Does.Contain(prefix + ".nupkg").And.Contain(prefix + ".snupkg"));
    }

    [Test]
    public void FeedHoldsNothingButTheFivePackagesAndTheirSymbols()
    {
        var expected = PackageFeed.PackageIds
            .SelectMany(id => new[] { $"{id}.{PackageFeed.Version}.nupkg", $"{id}.{PackageFeed.Version}.snupkg" })
            .Order(StringComparer.Ordinal);
        var files = Directory.GetFiles(PackageFeed.FeedDirectory).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal);

        Assert.That(files, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(PackageIds))]
    public void NupkgHoldsOnlyTheLibrariesTheirDocsAndTheReadme(string id)
    {
        var package = PackageUnderTest.Open(id);
        var expected = new List<string> { "[Content_Types].xml", "_rels/.rels", id + ".nuspec", "README.md" };
        foreach (var framework in PackageFeed.LibFrameworks)
            expected.AddRange([$"lib/{framework}/{id}.dll", $"lib/{framework}/{id}.xml"]);
        // NuGet's own core-properties part has a random name.
        var entries = package.Entries.Where(e => !e.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal));

        Assert.That(entries.Order(StringComparer.Ordinal), Is.EqualTo(expected.Order(StringComparer.Ordinal)),
            "no build/, buildTransitive/, tools/, analyzers/ or content, no pdb (symbols go to the .snupkg), no other framework");
    }

    [TestCaseSource(nameof(PackageIds))]
    public void ReadmeIsInsideAndReferencedByTheNuspec(string id)
    {
        var package = PackageUnderTest.Open(id);
        var readme = Encoding.UTF8.GetString(package.ReadNupkgEntry("README.md")).TrimStart('\uFEFF');
        var source = File.ReadAllText(Path.Combine(PackageFeed.RepoRoot, "src", id, "README.md")).TrimStart('\uFEFF');

        Assert.Multiple(() =>
        {
            Assert.That(package.Metadata("readme"), Is.EqualTo("README.md"));
            Assert.That(readme, Is.EqualTo(source), $"the package README should be src/{id}/README.md");
            Assert.That(readme, Does.StartWith("# " + id), "the README names the package in its title");
        });
    }

    [TestCaseSource(nameof(PackageIds))]
    public void EachTargetFrameworkShipsTheAssemblyWithTheVersionAndNameOfThePackage(string id)
    {
        var package = PackageUnderTest.Open(id);
        foreach (var framework in PackageFeed.LibFrameworks)
        {
            using var pe = new PEReader(new MemoryStream(package.ReadNupkgEntry($"lib/{framework}/{id}.dll")));
            var metadata = pe.GetMetadataReader();
            var assembly = metadata.GetAssemblyDefinition();

            Assert.Multiple(() =>
            {
                Assert.That(metadata.GetString(assembly.Name), Is.EqualTo(id), framework);
                Assert.That(assembly.Version, Is.EqualTo(new Version(PackageFeed.Version.Split('-', '+')[0] + ".0")), framework);
                Assert.That(InformationalVersion(metadata), Does.StartWith(PackageFeed.Version), framework);
                Assert.That(TargetFramework(metadata), Does.Contain(framework == "net8.0" ? ".NETCoreApp,Version=v8.0" : ".NETStandard,Version=v2.0"),
                    $"lib/{framework} holds the {framework} build");
            });
        }
    }

    [TestCaseSource(nameof(PackageIds))]
    public void EachTargetFrameworkShipsXmlDocsForItsPublicApi(string id)
    {
        var package = PackageUnderTest.Open(id);
        foreach (var framework in PackageFeed.LibFrameworks)
        {
            var docs = XDocument.Load(new MemoryStream(package.ReadNupkgEntry($"lib/{framework}/{id}.xml")));
            var members = docs.Root?.Element("members")?.Elements("member").ToList() ?? [];

            Assert.Multiple(() =>
            {
                Assert.That(docs.Root?.Element("assembly")?.Element("name")?.Value, Is.EqualTo(id), framework);
                Assert.That(members, Has.Count.GreaterThan(10), $"lib/{framework}/{id}.xml documents the public API");
                Assert.That(members.Select(m => (string?)m.Attribute("name")), Has.Some.StartsWith("T:TokenMint."), framework);
            });
        }
    }

    private static string? InformationalVersion(MetadataReader metadata) =>
        AssemblyAttributeString(metadata, "AssemblyInformationalVersionAttribute");

    private static string? TargetFramework(MetadataReader metadata) =>
        AssemblyAttributeString(metadata, "TargetFrameworkAttribute");

    /// <summary>The first string argument of an assembly-level attribute, read from metadata without loading the assembly.</summary>
    private static string? AssemblyAttributeString(MetadataReader metadata, string attributeName)
    {
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
                continue;
            var constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != HandleKind.TypeReference)
                continue;
            var type = metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent);
            if (metadata.GetString(type.Name) != attributeName)
                continue;
            var blob = metadata.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() != 1)
                return null;
            return blob.ReadSerializedString();
        }
        return null;
    }
}
