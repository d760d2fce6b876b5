using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.PackageTests.Support;

namespace TokenMint.PackageTests;

/// <summary>
/// tests/TokenMint.ConsumerProof, an application outside the repository's build, restores TokenMint.Deck and
/// TokenMint.Decart from the packed feed, registers them from configuration and mints a token from each.
/// </summary>
[TestFixture]
public sealed class ConsumerProofTests
{
    [Test]
    public async Task ConsumerRestoresDeckAndDecartFromTheFeedAndMintsATokenFromEach()
    {
        var project = Path.Combine(PackageFeed.RepoRoot, "tests", "TokenMint.ConsumerProof", "TokenMint.ConsumerProof.csproj");
        var consumerRoot = Path.Combine(PackageFeed.TempRoot, "consumer");
        var packages = Path.Combine(consumerRoot, "packages"); // empty: no TokenMint package cached from an earlier build
        var artifacts = Path.Combine(consumerRoot, "artifacts"); // bin/ and obj/ out of the source tree
        string[] properties =
        [
            $"-p:TokenMintVersion={PackageFeed.Version}",
            "-p:UseArtifactsOutput=true",
            $"-p:ArtifactsPath={artifacts}",
        ];
        var environment = new Dictionary<string, string?>
        {
            ["TOKENMINT_FEED"] = PackageFeed.FeedDirectory,
            ["NUGET_PACKAGES"] = null,
            // Credentials come from appsettings.json, not from the environment variables the clients fall back to.
            ["DECK_CLIENT_ID"] = null,
            ["DECK_SECRET"] = null,
            ["DECART_API_KEY"] = null,
            ["ASPNETCORE_URLS"] = null,
            ["ASPNETCORE_ENVIRONMENT"] = null,
            ["DOTNET_ENVIRONMENT"] = null,
        };
        var workingDirectory = Path.GetDirectoryName(project)!; // global.json above it pins the SDK

        var restore = await ProcessRunner.RunAsync(
            "dotnet", ["restore", project, "--packages", packages, .. properties], workingDirectory, TimeSpan.FromMinutes(3), environment);
        TestContext.Progress.WriteLine($"consumer restore: {restore.Elapsed.TotalSeconds:0.0} s");
        Assert.That(restore.ExitCode, Is.Zero, () => "restore of the consumer proof failed. " + restore.Describe());

        AssertTokenMintCameFromTheFeed(artifacts, packages);

        var run = await ProcessRunner.RunAsync(
            "dotnet", ["run", "--project", project, "--no-restore", "--no-launch-profile", .. properties], workingDirectory, TimeSpan.FromMinutes(3), environment);
        TestContext.Progress.WriteLine($"consumer build and run: {run.Elapsed.TotalSeconds:0.0} s");
        Assert.That(run.ExitCode, Is.Zero, () => "the consumer proof failed. " + run.Describe());

        var output = run.Output;
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("Deck link token: link-sandbox-consumer-proof-5e1d"), run.Describe);
            Assert.That(output, Does.Contain("Decart client token: ek_consumer_proof_93b7 until 2030-01-01T00:00:00Z"), run.Describe);
            Assert.That(output, Does.Contain("Consumer proof passed: both tokens minted."), run.Describe);
            // Options bound from the "Deck" and "Decart" sections of appsettings.json, BaseUri from the in-memory override.
            Assert.That(output, Does.Match(@"Deck options: .*Environment = Sandbox, BaseUri = http://127\.0\.0\.1:\d+/ } MaxRetries=1 AttemptTimeout=00:00:10"), run.Describe);
            Assert.That(output, Does.Match(@"Decart options: .*BaseUri = http://127\.0\.0\.1:\d+/ } MaxRetries=0 AttemptTimeout=00:00:15"), run.Describe);
            // Printing the options never prints a secret.
            Assert.That(output, Does.Not.Contain("consumer-proof-deck-secret-0f9a").And.Not.Contain("consumer-proof-decart-key-7c21"), run.Describe);
            // The program ran the very assemblies that were packed (a deterministic build's MVID names its content).
            foreach (var id in new[] { "TokenMint.Core", "TokenMint.Deck", "TokenMint.Decart" })
                Assert.That(output, Does.Contain($"Loaded {id} {PackageFeed.Version}+{PackedCommit(id)} mvid {PackedMvid(id)}"), run.Describe);
        });
    }

    /// <summary>The restore took TokenMint.* from the feed into the empty packages folder, at the version under test.</summary>
    private static void AssertTokenMintCameFromTheFeed(string artifacts, string packages)
    {
        var assetsPath = Directory.GetFiles(artifacts, "project.assets.json", SearchOption.AllDirectories).Single();
        using var assets = JsonDocument.Parse(File.ReadAllText(assetsPath));
        var packageFolders = assets.RootElement.GetProperty("packageFolders").EnumerateObject().Select(p => FullPath(p.Name)).ToList();
        var libraries = assets.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(packageFolders, Is.EqualTo(new[] { FullPath(packages) }), "only the fresh packages folder, no fallback folder");
            Assert.That(libraries.Where(l => l.StartsWith("TokenMint.", StringComparison.Ordinal)),
                Is.EquivalentTo(new[] { "TokenMint.Core", "TokenMint.Deck", "TokenMint.Decart" }.Select(id => $"{id}/{PackageFeed.Version}")));
            foreach (var id in new[] { "TokenMint.Core", "TokenMint.Deck", "TokenMint.Decart" })
            {
                var metadata = Path.Combine(packages, id.ToLowerInvariant(), PackageFeed.Version, ".nupkg.metadata");
                Assert.That(metadata, Does.Exist);
                if (File.Exists(metadata))
                {
                    var source = JsonDocument.Parse(File.ReadAllText(metadata)).RootElement.GetProperty("source").GetString();
                    Assert.That(FullPath(source ?? "?"), Is.EqualTo(FullPath(PackageFeed.FeedDirectory)), $"{id} came from the local feed");
                }
            }
        });
    }

    private static string FullPath(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static string? PackedCommit(string id) =>
        (string?)PackageUnderTest.Open(id).MetadataElement("repository")?.Attribute("commit");

    private static Guid PackedMvid(string id)
    {
        using var pe = new PEReader(new MemoryStream(PackageUnderTest.Open(id).ReadNupkgEntry($"lib/net8.0/{id}.dll")));
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }
}
