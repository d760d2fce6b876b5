using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using NUnit.Framework;

namespace TokenMint.PackageTests;

/// <summary>What installing a package pulls in: Core and runtime libraries, never the generation tool chain.</summary>
[TestFixture]
public sealed class PackageDependencyTests
{
    private const string Net8 = "net8.0";
    private const string NetStandard20 = ".NETStandard2.0";

    /// <summary>Packages used only to build or test the SDKs; a consumer must never get them.</summary>
    private static readonly string[] BuildOnlyPackages =
    [
        "NSwag.MSBuild", "NSwag.Core", "NSwag.CodeGeneration.CSharp", "NJsonSchema", "YamlDotNet", "TokenMint.SpecPrep", "TokenMint.Generation",
        "Microsoft.CodeAnalysis.PublicApiAnalyzers", "Microsoft.SourceLink.GitHub", "Microsoft.Build.Tasks.Git",
        "NUnit", "Microsoft.NET.Test.Sdk", "RichardSzalay.MockHttp",
    ];

    public static IEnumerable<string> PackageIds => PackageFeed.PackageIds;

    public static IEnumerable<string> VendorPackageIds => PackageFeed.VendorPackageIds;

    [TestCaseSource(nameof(PackageIds))]
    public void DependencyGroupsAreTheTwoTargetFrameworks(string id)
    {
        var groups = PackageUnderTest.Open(id).DependencyGroups();

        Assert.That(groups.Keys, Is.EquivalentTo(new[] { Net8, NetStandard20 }));
    }

    /// <summary>
    /// A vendor assembly calls Core's internals (InternalsVisibleTo), so a newer Core is not a safe substitute: the
    /// dependency is the exact range [x.y.z], never NuGet's default "x.y.z or newer" for a project reference.
    /// </summary>
    [TestCaseSource(nameof(VendorPackageIds))]
    public void VendorPackageDependsOnExactlyItsOwnCoreVersion(string id)
    {
        var groups = PackageUnderTest.Open(id).DependencyGroups();

        Assert.Multiple(() =>
        {
            foreach (var (framework, dependencies) in groups)
            {
                Assert.That(dependencies.TryGetValue("TokenMint.Core", out var version), Is.True, $"{framework} depends on TokenMint.Core");
                Assert.That(version, Is.EqualTo($"[{PackageFeed.Version}]"), framework);
            }
        });
    }

    [TestCaseSource(nameof(VendorPackageIds))]
    public void VendorPackageDependsOnNoOtherVendor(string id)
    {
        var tokenMintDependencies = PackageUnderTest.Open(id).AllDependencies()
            .Where(d => d.Id.StartsWith("TokenMint.", StringComparison.Ordinal))
            .Select(d => d.Id)
            .Distinct();

        Assert.That(tokenMintDependencies, Is.EqualTo(new[] { "TokenMint.Core" }));
    }

    [TestCaseSource(nameof(PackageIds))]
    public void PackageCarriesNoBuildTimeDependency(string id)
    {
        var forbidden = BuildOnlyPackages.Concat(CentralVersions("Build only").Keys).Concat(CentralVersions("Test").Keys).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var dependencies = PackageUnderTest.Open(id).AllDependencies().ToList();

        Assert.That(dependencies.Where(d => forbidden.Contains(d.Id)).Select(d => $"{d.Framework}: {d.Id} {d.Version}"), Is.Empty);
        Assert.That(dependencies.Where(d => d.Id.StartsWith("NSwag", StringComparison.OrdinalIgnoreCase)).Select(d => d.Id), Is.Empty);
    }

    [TestCaseSource(nameof(PackageIds))]
    public void EveryOtherDependencyIsARuntimePackageAtItsCentralVersion(string id)
    {
        var runtime = CentralVersions("Runtime");
        var dependencies = PackageUnderTest.Open(id).AllDependencies().Where(d => d.Id != "TokenMint.Core");

        Assert.Multiple(() =>
        {
            foreach (var (framework, dependency, version) in dependencies)
            {
                Assert.That(runtime.ContainsKey(dependency), Is.True,
                    $"{framework}: {dependency} is not in the Runtime group of Directory.Packages.props");
                if (runtime.TryGetValue(dependency, out var central))
                    Assert.That(version, Is.EqualTo(central), $"{framework}: {dependency}");
            }
        });
    }

    [Test]
    public void CoreDependsOnlyOnItsRuntimeNeeds()
    {
        var groups = PackageUnderTest.Open("TokenMint.Core").DependencyGroups();
        string[] shared =
        [
            "Newtonsoft.Json",
            "Microsoft.Extensions.Http",
            "Microsoft.Extensions.Logging.Abstractions",
            "Microsoft.Extensions.Options.ConfigurationExtensions",
        ];

        Assert.Multiple(() =>
        {
            Assert.That(groups[Net8].Keys, Is.EquivalentTo(shared), "net8.0 has TimeProvider, DataAnnotations, ActivitySource and Meter in the box");
            Assert.That(groups[NetStandard20].Keys,
                Is.EquivalentTo(shared.Concat(["Microsoft.Bcl.TimeProvider", "System.ComponentModel.Annotations", "System.Diagnostics.DiagnosticSource"])));
        });
    }

    [Test]
    public void VendorPackagesAddOnlyNewtonsoftJsonToCore()
    {
        Assert.Multiple(() =>
        {
            foreach (var id in PackageFeed.VendorPackageIds)
            {
                var groups = PackageUnderTest.Open(id).DependencyGroups();
                Assert.That(groups[Net8].Keys, Is.EquivalentTo(new[] { "TokenMint.Core", "Newtonsoft.Json" }), $"{id} {Net8}");
                Assert.That(groups[NetStandard20].Keys,
                    Is.EquivalentTo(new[] { "TokenMint.Core", "Newtonsoft.Json", "System.ComponentModel.Annotations" }), $"{id} {NetStandard20}");
            }
        });
    }

    /// <summary>The PackageVersion items of the Directory.Packages.props item group whose Label starts with <paramref name="label"/>.</summary>
    private static Dictionary<string, string> CentralVersions(string label)
    {
        var props = XDocument.Load(Path.Combine(PackageFeed.RepoRoot, "Directory.Packages.props"));
        var groups = props.Descendants("ItemGroup")
            .Where(g => ((string?)g.Attribute("Label") ?? "").StartsWith(label, StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.That(groups, Is.Not.Empty, $"Directory.Packages.props has an ItemGroup labelled {label}");
        // A version may name a property of the same file ($(MicrosoftExtensionsHttpVersion)): MSBuild expands it, so does this.
        var properties = props.Descendants("PropertyGroup").Elements().ToDictionary(p => p.Name.LocalName, p => p.Value.Trim());
        return groups.SelectMany(g => g.Elements("PackageVersion"))
            .ToDictionary(e => (string)e.Attribute("Include")!, e => Expand((string)e.Attribute("Version")!), StringComparer.OrdinalIgnoreCase);

        string Expand(string version) =>
            version.StartsWith("$(", StringComparison.Ordinal) && properties.TryGetValue(version.Substring(2, version.Length - 3), out var value)
                ? value
                : version;
    }
}
