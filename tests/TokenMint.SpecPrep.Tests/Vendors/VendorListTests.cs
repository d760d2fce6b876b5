using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Tests.Diff;
using TokenMint.SpecPrep.Vendors;

namespace TokenMint.SpecPrep.Tests.Vendors;

/// <summary>
/// specs/&lt;id&gt;/vendor.json is the vendor list. Generation, the test projects (by glob and tests/Shared/VendorList.cs) and CI
/// derive it; what cannot derive it (Generated.sln, the src and generated folders) is checked against it here.
/// </summary>
public class VendorListTests
{
    private static string Root => NSwagGeneration.RepoRoot;

    private static string[] Names => VendorManifest.All(Path.Combine(Root, "specs")).Select(v => v.Name).Order().ToArray();

    [Test]
    public void EverySpecsFolderDeclaresAVendor() =>
        Assert.That(Directory.GetDirectories(Path.Combine(Root, "specs")).Where(d => !File.Exists(Path.Combine(d, VendorManifest.FileName))).Select(Path.GetFileName),
            Is.Empty, $"every specs/<id>/ folder needs a {VendorManifest.FileName}");

    [Test]
    public void GeneratedSlnListsCoreAndExactlyTheVendorProjects()
    {
        var projects = Regex.Matches(File.ReadAllText(Path.Combine(Root, "Generated.sln")), @"""src\\(TokenMint\.[A-Za-z0-9]+)\\\1\.csproj""")
            .Select(m => m.Groups[1].Value).Order().ToArray();

        Assert.That(projects, Is.EqualTo(Names.Select(n => "TokenMint." + n).Append("TokenMint.Core").Order()),
            "Generated.sln should list src/TokenMint.Core and one src/TokenMint.<Name> per specs/*/vendor.json (dotnet sln Generated.sln add …).");
    }

    [Test]
    public void SrcHoldsCoreAndOneProjectPerVendorNamedForIt()
    {
        var projects = Directory.GetDirectories(Path.Combine(Root, "src"), "TokenMint.*").Select(Path.GetFileName).Order().ToArray();
        Assert.That(projects, Is.EqualTo(Names.Select(n => "TokenMint." + n).Append("TokenMint.Core").Order()));

        foreach (var name in Names)
        {
            var project = XDocument.Load(Path.Combine(Root, "src", "TokenMint." + name, $"TokenMint.{name}.csproj"));
            Assert.That(project.Descendants("TokenMintVendor").Select(e => e.Value), Is.EqualTo(new[] { name }),
                $"src/TokenMint.{name}/TokenMint.{name}.csproj should set <TokenMintVendor>{name}</TokenMintVendor> (which generated/ folder it compiles)");
        }
    }

    [Test]
    public void EveryVendorsClientWiringIsGeneratedFromItsManifestAndNoneIsHandWritten()
    {
        foreach (var vendor in VendorManifest.All(Path.Combine(Root, "specs")))
        {
            var generated = Path.Combine("generated", vendor.Name, VendorCode.WiringFileName(vendor.Name));
            Assert.That(File.ReadAllText(Path.Combine(Root, generated)), Is.EqualTo(VendorCode.Wiring(vendor)),
                $"{generated} should be what the prepare step writes from specs/{vendor.Id}/{VendorManifest.FileName}; build to regenerate it");
            Assert.That(Path.Combine(Root, "src", vendor.Package, $"{vendor.Name}Client.cs"), Does.Not.Exist,
                $"src/{vendor.Package}/{vendor.Name}Client.cs would declare the generated wiring a second time; delete it (the summary is in {VendorManifest.FileName})");
        }
    }

    [Test]
    public void NoVendorRunsOnADefaultNobodyDecided()
    {
        var undecided = Directory.GetFiles(Path.Combine(Root, "specs"), SpecPreparer.OverlayFileName, SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Root, "specs"), VendorManifest.FileName, SearchOption.AllDirectories))
            .Where(file => File.ReadAllText(file).Contains(OverlaySkeleton.Undecided, System.StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(Root, file));

        Assert.That(undecided, Is.Empty,
            $"new-vendor's defaults are still undecided there: decide each action (and the vendor.json summary) marked {OverlaySkeleton.Undecided} (the command's checklist says what) and delete the mark.");
    }

    [Test]
    public void GeneratedHoldsOneFolderPerVendor() =>
        Assert.That(Directory.GetDirectories(Path.Combine(Root, "generated")).Select(Path.GetFileName).Order(), Is.EqualTo(Names),
            "generated/ should hold one folder per specs/*/vendor.json; delete the folder of a vendor that is gone.");
}
