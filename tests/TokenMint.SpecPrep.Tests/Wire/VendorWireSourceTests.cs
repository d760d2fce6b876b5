using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Tests.Diff;
using TokenMint.SpecPrep.Vendors;
using TokenMint.SpecPrep.Wire;

namespace TokenMint.SpecPrep.Tests.Wire;

/// <summary>
/// Each vendor's hosts and auth headers live in its spec (pages and overlay) only: the committed generated constants, options and
/// registration match the specs and vendor.json, and no host or header name is written by hand in src/, where it would outlive a move.
/// </summary>
public class VendorWireSourceTests
{
    private static string Root => NSwagGeneration.RepoRoot;

    public static IEnumerable<TestCaseData> Vendors() =>
        VendorManifest.All(Path.Combine(Root, "specs")).Select(vendor => new TestCaseData(vendor).SetArgDisplayNames(vendor.Name));

    private static Newtonsoft.Json.Linq.JObject Effective(VendorManifest vendor) => SpecPreparer.Prepare(Path.Combine(Root, "specs", vendor.Id));

    private static IEnumerable<string> Sources(string folder) =>
        Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [TestCaseSource(nameof(Vendors))]
    public void TheCommittedGeneratedWireCodeIsWhatTheSpecAndManifestGenerate(VendorManifest vendor)
    {
        var document = Effective(vendor);
        var generated = Path.Combine(Root, "generated", vendor.Name);

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(generated, SpecConstants.FileName(vendor.Name))), Is.EqualTo(SpecConstants.Render(document, vendor.Name, vendor.Id)),
                "generated/ is out of date with specs/: run dotnet build Generated.sln");
            Assert.That(File.ReadAllText(Path.Combine(generated, VendorCode.OptionsFileName(vendor.Name))), Is.EqualTo(VendorCode.Options(vendor, document)),
                "generated/ is out of date with specs/: run dotnet build Generated.sln");
            Assert.That(File.ReadAllText(Path.Combine(generated, VendorCode.RegistrationFileName(vendor.Name))), Is.EqualTo(VendorCode.Registration(vendor, document)),
                "generated/ is out of date with specs/: run dotnet build Generated.sln");
        });
    }

    [TestCaseSource(nameof(Vendors))]
    public void NoHostOfTheVendorIsWrittenInSource(VendorManifest vendor)
    {
        var hosts = ServerList.Of(Effective(vendor)).Select(s => new Uri(s.Url).Host).Distinct().ToList();

        var found = Sources(Path.Combine(Root, "src")).SelectMany(path => hosts.Where(host => File.ReadAllText(path).Contains(host, StringComparison.OrdinalIgnoreCase))
            .Select(host => $"{Path.GetRelativePath(Root, path)}: {host}")).ToList();

        Assert.That(hosts, Is.Not.Empty);
        Assert.That(found, Is.Empty, "Read the host from the generated <Vendor>Spec.Servers instead.");
    }

    [TestCaseSource(nameof(Vendors))]
    public void NoCredentialHeaderOfTheVendorIsWrittenInItsSource(VendorManifest vendor)
    {
        var headers = SecuritySchemes.ForGeneration(Effective(vendor), vendor.Id).Select(h => h.Header).ToList();

        var found = Sources(Path.Combine(Root, "src", vendor.Package)).SelectMany(path => headers
            .Where(header => File.ReadAllText(path).Contains($"\"{header}\"", StringComparison.OrdinalIgnoreCase))
            .Select(header => $"{Path.GetRelativePath(Root, path)}: {header}")).ToList();

        Assert.That(headers, Is.Not.Empty);
        Assert.That(found, Is.Empty, "The options and registration take the headers from the spec (generated/<Vendor>/); none is written by hand.");
    }
}
