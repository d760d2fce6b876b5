using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using System.Xml.Linq;
using NUnit.Framework;
using TokenMint.PackageTests.Support;
using TokenMint.Testing;

namespace TokenMint.PackageTests;

/// <summary>
/// Packs every src project (Core and one per vendor), once for the whole run, into a fresh temporary feed, with the configuration these
/// tests were built with. A pack that fails fails every test, with the pack's output.
/// </summary>
[SetUpFixture]
public sealed class PackageFeed
{
    /// <summary>Every shipped package, Core first, then one per vendor (specs/*/vendor.json).</summary>
    public static readonly string[] PackageIds = ["TokenMint.Core", .. VendorList.All.Select(vendor => vendor.Package)];

    /// <summary>The vendor packages (everything but Core).</summary>
    public static readonly string[] VendorPackageIds = PackageIds.Where(id => id != "TokenMint.Core").ToArray();

    /// <summary>The target frameworks every package ships, as lib/ folder names.</summary>
    public static readonly string[] LibFrameworks = ["netstandard2.0", "net8.0"];

    private static string? _repoRoot;
    private static string? _configuration;
    private static string? _tempRoot;
    private static string? _version;
    private static string[]? _headCommits;
    private static string? _originUrl;

    /// <summary>The folder holding Generated.sln.</summary>
    public static string RepoRoot => _repoRoot ?? throw NotSetUp();

    /// <summary>Debug or Release: the configuration of this test assembly, which the packs use too.</summary>
    public static string Configuration => _configuration ?? throw NotSetUp();

    /// <summary>A fresh folder for this run, deleted at the end.</summary>
    public static string TempRoot => _tempRoot ?? throw NotSetUp();

    /// <summary>The local feed the packs write to.</summary>
    public static string FeedDirectory => Path.Combine(TempRoot, "feed");

    /// <summary>The one version src/Directory.Build.props sets.</summary>
    public static string Version => _version ?? throw NotSetUp();

    /// <summary>
    /// The commit checked out in the repository (git rev-parse HEAD) before the packs and after them: the same one
    /// unless someone committed meanwhile.
    /// </summary>
    public static IReadOnlyList<string> HeadCommits => _headCommits ?? throw NotSetUp();

    /// <summary>The URL of the origin remote, or null when the repository has none.</summary>
    public static string? OriginUrl => _originUrl;

    /// <summary>A property of src/Directory.Build.props, where the package metadata is set once.</summary>
    public static string PackageProperty(string name)
    {
        var props = XDocument.Load(Path.Combine(RepoRoot, "src", "Directory.Build.props"));
        var values = props.Descendants(name).Select(e => e.Value.Trim()).ToList();
        Assert.That(values, Has.Count.EqualTo(1), $"src/Directory.Build.props should set {name} exactly once");
        return values[0];
    }

    [OneTimeSetUp]
    public async Task PackEverySrcProjectIntoAFreshFeed()
    {
        _repoRoot = FindRepoRoot(TestContext.CurrentContext.TestDirectory);
        _configuration = DetectConfiguration(typeof(PackageFeed).Assembly);
        _tempRoot = Path.Combine(Path.GetTempPath(), "tokenmint-packagetests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(FeedDirectory);
        _version = PackageProperty("Version");

        var headBefore = await Head();
        var origin = await Git("remote", "get-url", "origin");
        _originUrl = origin.ExitCode == 0 && origin.Output.Trim().Length > 0 ? origin.Output.Trim() : null;

        foreach (var id in PackageIds)
        {
            var project = Path.Combine(RepoRoot, "src", id, id + ".csproj");
            var pack = await ProcessRunner.RunAsync(
                "dotnet",
                ["pack", project, "-c", Configuration, "-o", FeedDirectory, "-nodeReuse:false"],
                RepoRoot,
                TimeSpan.FromMinutes(5));
            TestContext.Progress.WriteLine($"packed {id} ({Configuration}) in {pack.Elapsed.TotalSeconds:0.0} s");
            if (pack.ExitCode != 0)
                Assert.Fail($"dotnet pack of {id} failed.{Environment.NewLine}{pack.Describe()}");
        }
        _headCommits = new[] { headBefore, await Head() }.Distinct().ToArray();
    }

    [OneTimeTearDown]
    public void DeleteTheFeed()
    {
        if (_tempRoot is null || !Directory.Exists(_tempRoot))
            return;
        if (Environment.GetEnvironmentVariable("TOKENMINT_KEEP_PACKAGE_FEED") == "1")
        {
            TestContext.Progress.WriteLine($"kept {_tempRoot} (TOKENMINT_KEEP_PACKAGE_FEED=1)");
            return;
        }
        try
        {
            Directory.Delete(_tempRoot, recursive: true);
        }
        catch (IOException error)
        {
            TestContext.Progress.WriteLine($"could not delete {_tempRoot}: {error.Message}");
        }
    }

    private static async Task<string> Head()
    {
        var head = await Git("rev-parse", "HEAD");
        if (head.ExitCode != 0)
            Assert.Fail("git rev-parse HEAD failed; the packages' repository commit comes from git. " + head.Describe());
        return head.Output.Trim();
    }

    private static Task<ProcessResult> Git(params string[] arguments) =>
        ProcessRunner.RunAsync("git", arguments, RepoRoot, TimeSpan.FromSeconds(30));

    private static string FindRepoRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generated.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No Generated.sln in {start} or any folder above it.");
    }

    /// <summary>The configuration from the assembly's path: …/bin/&lt;Configuration&gt;/&lt;tfm&gt;/TokenMint.PackageTests.dll.</summary>
    private static string DetectConfiguration(Assembly assembly)
    {
        var tfmDirectory = new FileInfo(assembly.Location).Directory;
        var configurationDirectory = tfmDirectory?.Parent;
        if (configurationDirectory?.Parent?.Name != "bin")
        {
            throw new InvalidOperationException(
                $"Cannot tell the build configuration: expected the test assembly under bin/<Configuration>/<tfm>/, but it is at {assembly.Location}.");
        }
        return configurationDirectory.Name;
    }

    private static InvalidOperationException NotSetUp() => new("The package feed set-up has not run.");
}

/// <summary>One package of the feed, opened.</summary>
internal sealed class PackageUnderTest
{
    private static readonly Dictionary<string, PackageUnderTest> Cache = new();

    private PackageUnderTest(string id)
    {
        Id = id;
        NupkgPath = Path.Combine(PackageFeed.FeedDirectory, $"{id}.{PackageFeed.Version}.nupkg");
        SnupkgPath = Path.Combine(PackageFeed.FeedDirectory, $"{id}.{PackageFeed.Version}.snupkg");
        Assert.That(NupkgPath, Does.Exist, $"the feed should hold {Path.GetFileName(NupkgPath)}");
        using var archive = ZipFile.OpenRead(NupkgPath);
        Entries = archive.Entries.Select(e => e.FullName).ToList();
        var nuspecs = archive.Entries.Where(e => !e.FullName.Contains('/') && e.Name.EndsWith(".nuspec", StringComparison.Ordinal)).ToList();
        Assert.That(nuspecs.Select(e => e.Name), Is.EqualTo(new[] { id + ".nuspec" }), $"{id}: one nuspec at the package root");
        using var stream = nuspecs[0].Open();
        Nuspec = XDocument.Load(stream);
    }

    public string Id { get; }

    public string NupkgPath { get; }

    public string SnupkgPath { get; }

    /// <summary>Every entry of the .nupkg, by path.</summary>
    public IReadOnlyList<string> Entries { get; }

    public XDocument Nuspec { get; }

    /// <summary>The vendor name, for a vendor package ("Deck" for TokenMint.Deck).</summary>
    public string Name => Id["TokenMint.".Length..];

    public static PackageUnderTest Open(string id)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(id, out var package))
                Cache[id] = package = new PackageUnderTest(id);
            return package;
        }
    }

    /// <summary>The text of a metadata element, or null when the nuspec lacks it.</summary>
    public string? Metadata(string name) => MetadataElement(name)?.Value;

    public XElement? MetadataElement(string name) =>
        Nuspec.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "metadata")?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>Dependency groups by target framework as the nuspec writes it (net8.0, .NETStandard2.0): id → version.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> DependencyGroups()
    {
        var groups = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        var dependencies = MetadataElement("dependencies");
        if (dependencies is null)
            return groups;
        foreach (var group in dependencies.Elements().Where(e => e.Name.LocalName == "group"))
        {
            var framework = (string?)group.Attribute("targetFramework") ?? "";
            groups[framework] = group.Elements()
                .Where(e => e.Name.LocalName == "dependency")
                .ToDictionary(e => (string)e.Attribute("id")!, e => (string?)e.Attribute("version") ?? "");
        }
        return groups;
    }

    /// <summary>Every dependency of every group, with its group.</summary>
    public IEnumerable<(string Framework, string Id, string Version)> AllDependencies() =>
        DependencyGroups().SelectMany(g => g.Value.Select(d => (g.Key, d.Key, d.Value)));

    /// <summary>The bytes of an entry of the .nupkg.</summary>
    public byte[] ReadNupkgEntry(string path) => ReadEntry(NupkgPath, path);

    /// <summary>The bytes of an entry of the .snupkg.</summary>
    public byte[] ReadSnupkgEntry(string path) => ReadEntry(SnupkgPath, path);

    private static byte[] ReadEntry(string archivePath, string path)
    {
        using var archive = ZipFile.OpenRead(archivePath);
        var entry = archive.GetEntry(path);
        Assert.That(entry, Is.Not.Null, $"{Path.GetFileName(archivePath)} should hold {path}");
        using var stream = entry!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
