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
    public void EveryVendorsClientPartialIsTheWiringNewVendorWritesButForItsSummary()
    {
        foreach (var name in Names)
        {
            var written = File.ReadAllText(Path.Combine(Root, "src", "TokenMint." + name, $"{name}Client.cs"));
            var summary = Regex.Match(written, @"^/// <summary>Client for the .*</summary>$", RegexOptions.Multiline).Value;

            Assert.That(summary, Is.Not.Empty, $"src/TokenMint.{name}/{name}Client.cs should describe the client in one summary line");
            Assert.That(written.Replace(summary, "/// <summary>Client for the X API.</summary>", System.StringComparison.Ordinal),
                Is.EqualTo(ProjectFiles.ClientPartial(name, "X")), $"src/TokenMint.{name}/{name}Client.cs: the wiring is the same for every vendor");
        }
    }

    [Test]
    public void NoVendorRunsOnADefaultNobodyDecided()
    {
        var undecided = Directory.GetFiles(Path.Combine(Root, "specs"), SpecPreparer.OverlayFileName, SearchOption.AllDirectories)
            .Where(overlay => File.ReadAllText(overlay).Contains(OverlaySkeleton.Undecided, System.StringComparison.Ordinal))
            .Select(overlay => Path.GetRelativePath(Root, overlay));

        Assert.That(undecided, Is.Empty,
            $"new-vendor's defaults are still undecided there: decide each action marked {OverlaySkeleton.Undecided} (the command's checklist says what) and delete the mark.");
    }

    [Test]
    public void GeneratedHoldsOneFolderPerVendor() =>
        Assert.That(Directory.GetDirectories(Path.Combine(Root, "generated")).Select(Path.GetFileName).Order(), Is.EqualTo(Names),
            "generated/ should hold one folder per specs/*/vendor.json; delete the folder of a vendor that is gone.");
}
