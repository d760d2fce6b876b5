using System;
using System.IO;
using System.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Tests.Diff;
using TokenMint.SpecPrep.Wire;

namespace TokenMint.SpecPrep.Tests.Wire;

/// <summary>
/// Each vendor's hosts and auth headers live in its spec (pages and overlay) only: the committed generated constants match the
/// specs, the options class reads them, and no host or header name is written by hand in src/, where it would outlive a move.
/// </summary>
public class VendorWireSourceTests
{
    public static readonly string[] Vendors = ["deck", "oneloop", "trackstar", "decart"];

    private static string Root => NSwagGeneration.RepoRoot;

    private static Newtonsoft.Json.Linq.JObject Effective(string vendor) => SpecPreparer.Prepare(Path.Combine(Root, "specs", vendor));

    private static string OptionsSource(string vendor) =>
        File.ReadAllText(Path.Combine(Root, "src", $"TokenMint.{Naming.PascalCase(vendor)}", $"{Naming.PascalCase(vendor)}ClientOptions.cs"));

    [Test]
    public void TheVendorListIsEveryFolderInSpecs()
    {
        Assert.That(Directory.GetDirectories(Path.Combine(Root, "specs")).Select(Path.GetFileName), Is.EquivalentTo(Vendors));
    }

    [TestCaseSource(nameof(Vendors))]
    public void TheCommittedSpecConstantsAreWhatTheSpecGenerates(string vendor)
    {
        var name = Naming.PascalCase(vendor);

        var expected = SpecConstants.Render(Effective(vendor), name, vendor);

        Assert.That(File.ReadAllText(Path.Combine(Root, "generated", name, SpecConstants.FileName(name))), Is.EqualTo(expected),
            "generated/ is out of date with specs/: run dotnet build Generated.sln");
    }

    [TestCaseSource(nameof(Vendors))]
    public void NoHostOfTheVendorIsWrittenInSource(string vendor)
    {
        var hosts = ServerList.Of(Effective(vendor)).Select(s => new Uri(s.Url).Host).Distinct().ToList();
        var sources = Directory.GetFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var found = sources.SelectMany(path => hosts.Where(host => File.ReadAllText(path).Contains(host, StringComparison.OrdinalIgnoreCase))
            .Select(host => $"{Path.GetRelativePath(Root, path)}: {host}")).ToList();

        Assert.That(hosts, Is.Not.Empty);
        Assert.That(found, Is.Empty, "Read the host from the generated <Vendor>Spec.Servers instead.");
    }

    [TestCaseSource(nameof(Vendors))]
    public void TheOptionsClassTakesItsBaseUrlAndHeadersFromTheSpecNotFromLiterals(string vendor)
    {
        var source = OptionsSource(vendor);
        var headers = SecuritySchemes.ForGeneration(Effective(vendor), vendor);

        Assert.That(headers, Is.Not.Empty);
        foreach (var header in headers)
        {
            Assert.That(source, Does.Not.Contain($"\"{header.Header}\"").IgnoreCase, $"{header.Header} is written by hand");
            if (header.Prefix.Length > 0)
                Assert.That(source, Does.Not.Contain($"\"{header.Prefix}").IgnoreCase);
            Assert.That(source, Does.Contain($"{Naming.PascalCase(vendor)}Spec.Auth.{Naming.PascalCase(header.Scheme)}("));
        }
        Assert.That(source, Does.Contain($"{Naming.PascalCase(vendor)}Spec.Servers."));
    }
}
