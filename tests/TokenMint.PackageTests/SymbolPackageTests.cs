using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace TokenMint.PackageTests;

/// <summary>The .snupkg: a portable PDB for each shipped assembly, built deterministically, with SourceLink to the repository.</summary>
[TestFixture]
public sealed class SymbolPackageTests
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    public static IEnumerable<string> PackageIds => PackageFeed.PackageIds;

    [TestCaseSource(nameof(PackageIds))]
    public void SnupkgHoldsOnlyAPdbForEachTargetFramework(string id)
    {
        var package = PackageUnderTest.Open(id);
        using var archive = ZipFile.OpenRead(package.SnupkgPath);
        var files = archive.Entries.Select(e => e.FullName)
            .Where(e => e.StartsWith("lib/", StringComparison.Ordinal) || e.EndsWith(".dll", StringComparison.Ordinal) || e.EndsWith(".pdb", StringComparison.Ordinal));

        Assert.That(files, Is.EquivalentTo(PackageFeed.LibFrameworks.Select(f => $"lib/{f}/{id}.pdb")));
    }

    [TestCaseSource(nameof(PackageIds))]
    public void PdbIsThePortablePdbTheShippedAssemblyWasBuiltWith(string id)
    {
        var package = PackageUnderTest.Open(id);
        foreach (var framework in PackageFeed.LibFrameworks)
        {
            var pdbBytes = package.ReadSnupkgEntry($"lib/{framework}/{id}.pdb");
            using var pe = new PEReader(new MemoryStream(package.ReadNupkgEntry($"lib/{framework}/{id}.dll")));
            using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(pdbBytes));
            var pdb = pdbProvider.GetMetadataReader();
            var pdbId = pdb.DebugMetadataHeader?.Id.ToArray() ?? [];
            var debugDirectory = pe.ReadDebugDirectory();
            var codeView = debugDirectory.Single(e => e.Type == DebugDirectoryEntryType.CodeView);
            var codeViewData = pe.ReadCodeViewDebugDirectoryData(codeView);
            var checksumEntry = debugDirectory.Single(e => e.Type == DebugDirectoryEntryType.PdbChecksum);
            var checksum = pe.ReadPdbChecksumDebugDirectoryData(checksumEntry);

            Assert.Multiple(() =>
            {
                Assert.That(pdbId, Has.Length.EqualTo(20), $"{framework}: a portable PDB");
                Assert.That(codeViewData.Path, Does.EndWith(id + ".pdb"), framework);
                Assert.That(codeViewData.Guid, Is.EqualTo(new Guid(pdbId.AsSpan(0, 16))), $"{framework}: the dll names this PDB");
                Assert.That(codeView.Stamp, Is.EqualTo(BitConverter.ToUInt32(pdbId, 16)), $"{framework}: the dll names this PDB");
                Assert.That(checksum.AlgorithmName, Is.EqualTo("SHA256"), framework);
                Assert.That(PdbChecksum(pdbBytes, pdbId), Is.EqualTo(checksum.Checksum.ToArray()),
                    $"{framework}: the PDB's content is the one the dll was built with");
            });
        }
    }

    [TestCaseSource(nameof(PackageIds))]
    public void AssemblyIsBuiltDeterministically(string id)
    {
        var package = PackageUnderTest.Open(id);
        foreach (var framework in PackageFeed.LibFrameworks)
        {
            using var pe = new PEReader(new MemoryStream(package.ReadNupkgEntry($"lib/{framework}/{id}.dll")));
            var entries = pe.ReadDebugDirectory();

            Assert.That(entries.Select(e => e.Type), Does.Contain(DebugDirectoryEntryType.Reproducible),
                $"{framework}: compiled with /deterministic (the Reproducible debug directory entry)");
        }
    }

    [TestCaseSource(nameof(PackageIds))]
    public void PdbEmbedsEverySourceFileSoADebuggerNeedsNoRemote(string id)
    {
        var package = PackageUnderTest.Open(id);
        foreach (var framework in PackageFeed.LibFrameworks)
        {
            using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(package.ReadSnupkgEntry($"lib/{framework}/{id}.pdb")));
            var pdb = pdbProvider.GetMetadataReader();
            var notEmbedded = pdb.Documents.Where(handle => !IsEmbedded(pdb, handle))
                .Select(handle => pdb.GetString(pdb.GetDocument(handle).Name)).ToList();
            Assert.That(pdb.Documents.Count, Is.GreaterThan(0), framework);
            Assert.That(notEmbedded, Is.Empty, $"{framework}: every source file is embedded (EmbedAllSources)");
        }
    }

    [TestCaseSource(nameof(PackageIds))]
    public void PdbCarriesSourceLinkToTheRepositoryAtThePackedCommit(string id)
    {
        var origin = GitHubRepository(PackageFeed.OriginUrl);
        if (origin is null)
        {
            // SourceLink maps local paths to URLs of the git remote; a clone without a GitHub remote (CI clones a local
            // path) has nothing to map to, and the build must then write no half-made mapping.
            var unmappedPackage = PackageUnderTest.Open(id);
            foreach (var framework in PackageFeed.LibFrameworks)
            {
                using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(unmappedPackage.ReadSnupkgEntry($"lib/{framework}/{id}.pdb")));
                var reader = provider.GetMetadataReader();
                var links = reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
                    .Select(reader.GetCustomDebugInformation)
                    .Count(info => reader.GetGuid(info.Kind) == SourceLinkKind);
                Assert.That(links, Is.Zero, $"{framework}: no SourceLink without a GitHub remote");
            }
            return;
        }

        var package = PackageUnderTest.Open(id);
        var commit = (string?)package.MetadataElement("repository")?.Attribute("commit");
        Assert.That(commit, Is.AnyOf(PackageFeed.HeadCommits.ToArray()), "the nuspec names the commit packed");
        var expectedPrefix = $"https://raw.githubusercontent.com/{origin}/{commit}/";
        foreach (var framework in PackageFeed.LibFrameworks)
        {
            using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(package.ReadSnupkgEntry($"lib/{framework}/{id}.pdb")));
            var pdb = pdbProvider.GetMetadataReader();
            var sourceLink = pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
                .Select(pdb.GetCustomDebugInformation)
                .Where(info => pdb.GetGuid(info.Kind) == SourceLinkKind)
                .Select(info => Encoding.UTF8.GetString(pdb.GetBlobBytes(info.Value)))
                .ToList();
            Assert.That(sourceLink, Has.Count.EqualTo(1), $"{framework}: SourceLink JSON in the PDB");

            var documents = JsonDocument.Parse(sourceLink[0]).RootElement.GetProperty("documents").EnumerateObject()
                .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
            Assert.That(documents.Values, Is.Not.Empty.And.All.StartsWith(expectedPrefix), framework);

            var unmapped = pdb.Documents
                .Where(handle => !IsEmbedded(pdb, handle))
                .Select(handle => pdb.GetString(pdb.GetDocument(handle).Name))
                .Where(path => !documents.Keys.Any(key => Maps(key, path)))
                .ToList();
            Assert.That(unmapped, Is.Empty, $"{framework}: every source file is either mapped by SourceLink or embedded");
        }
    }

    /// <summary>"owner/name" of a GitHub remote URL (https or ssh), or null.</summary>
    private static string? GitHubRepository(string? remote)
    {
        if (remote is null)
            return null;
        var match = Regex.Match(remote, @"^(?:https://(?:[^@/]+@)?github\.com/|git@github\.com:|ssh://git@github\.com/)([^/]+/[^/]+?)(?:\.git)?/?$");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static bool Maps(string key, string path) =>
        key.EndsWith('*') ? path.StartsWith(key[..^1], StringComparison.Ordinal) : path == key;

    private static bool IsEmbedded(MetadataReader pdb, DocumentHandle document) =>
        pdb.GetCustomDebugInformation(document).Any(h => pdb.GetGuid(pdb.GetCustomDebugInformation(h).Kind) == EmbeddedSourceKind);

    /// <summary>The PDB checksum as the compiler computes it: SHA-256 of the PDB with its 20-byte id zeroed.</summary>
    private static byte[] PdbChecksum(byte[] pdb, byte[] pdbId)
    {
        var copy = (byte[])pdb.Clone();
        var offset = copy.AsSpan().IndexOf(pdbId);
        Assert.That(offset, Is.GreaterThanOrEqualTo(0), "the PDB id occurs in the PDB");
        copy.AsSpan(offset, pdbId.Length).Clear();
        return SHA256.HashData(copy);
    }
}
