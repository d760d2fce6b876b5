using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using TokenMint.SpecPrep.Report;
using TokenMint.SpecPrep.Tests.Diff;
using TokenMint.SpecPrep.Wire;

namespace TokenMint.SpecPrep.Tests.EndToEnd;

/// <summary>
/// The whole chain for a vendor moving its host, in a temporary copy of what TokenMint.Trackstar is built from: the vendor's page
/// changes its server, the build's prepare step and NSwag regenerate generated/Trackstar, the package compiles, and a client
/// created with default options sends its request to the new host. Only Core and Trackstar are compiled (net8.0, generation off,
/// since this test regenerates itself with the same code), to keep it cheap.
/// </summary>
[NonParallelizable]
public class ServerMoveReachesTheWireTests
{
    private const string MovedHost = "https://eu.trackstar.example";
    private const string ApiKey = "ts-api-key-e2e-0a9b8c7d";

    private static readonly string[] CopiedPaths =
    [
        ".editorconfig", "global.json", "Directory.Build.props", "Directory.Packages.props",
        "src/Directory.Build.props", "src/Vendor.props", "src/TokenMint.Core", "src/TokenMint.Trackstar", "specs/trackstar",
    ];

    [Test]
    public async Task TrackstarMovingItsHostOnItsPageSendsRequestsToTheNewHostOnceRegenerated()
    {
        using var copy = new TempFolder();
        RepoCopy.Into(copy.Path, CopiedPaths);
        var specs = Path.Combine(copy.Path, "specs", "trackstar");
        var page = Path.Combine(specs, "post-link-token.yaml");
        File.WriteAllText(page, VendorFixture.Replaced(File.ReadAllText(page), "url: https://production.trackstarhq.com", $"url: {MovedHost}"));

        Regenerate(specs, Path.Combine(copy.Path, "generated", "Trackstar"));
        var output = Build(copy.Path);

        var context = new BuiltPackageContext(output, "regenerated TokenMint.Trackstar");
        try
        {
            using var wire = new MockHttpMessageHandler();
            var sent = wire.Expect(HttpMethod.Post, $"{MovedHost}/link/token").WithHeaders("x-trackstar-api-key", ApiKey)
                .Respond("application/json", Documents.Fixture("EndToEnd/Fixtures/trackstar-link-token.json"));
            await CreateLinkToken(context.LoadFromAssemblyPath(Path.Combine(output, "TokenMint.Trackstar.dll")), wire.ToHttpClient());

            Assert.That(wire.GetMatchCount(sent), Is.EqualTo(1), "The regenerated client did not call the moved host.");
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>What build/Generation.targets does for one vendor: the prepare step, then NSwag with nswag.json and the templates.</summary>
    private static void Regenerate(string specs, string generated)
    {
        Directory.CreateDirectory(generated);
        var prepared = Path.Combine(generated, "..", "trackstar.json");
        PrepareStep.Run(specs, prepared, (Path.Combine(generated, SpecConstants.FileName("Trackstar")), "Trackstar"));
        Assert.That(File.ReadAllText(Path.Combine(generated, SpecConstants.FileName("Trackstar"))), Does.Contain($"\"{MovedHost}\""));
        NSwagGeneration.Run(prepared, "Trackstar", generated);
    }

    private static string Build(string root)
    {
        var output = Path.Combine(root, "out");
        var result = ProcessRunner.Run("dotnet", ["build", Path.Combine(root, "src", "TokenMint.Trackstar", "TokenMint.Trackstar.csproj"),
            "-c", "Release", "-f", "net8.0", "-o", output, "-p:TokenMintGenerate=false", "-p:CopyLocalLockFileAssemblies=true", "-nologo", "-v:q"], root);
        Assert.That(result.ExitCode, Is.Zero, result.BuildErrors());
        return output;
    }

    // The options class reads the base URL from the regenerated TrackstarSpec; the caller sets only the key.
    private static async Task CreateLinkToken(Assembly trackstar, HttpClient httpClient)
    {
        var optionsType = trackstar.GetType("TokenMint.Trackstar.TrackstarClientOptions", throwOnError: true)!;
        var options = Activator.CreateInstance(optionsType)!;
        optionsType.GetProperty("ApiKey")!.SetValue(options, ApiKey);
        var clientType = trackstar.GetType("TokenMint.Trackstar.TrackstarClient", throwOnError: true)!;
        var client = Activator.CreateInstance(clientType, options, httpClient)!;
        var requestType = trackstar.GetType("TokenMint.Trackstar.CreateLinkTokenRequest", throwOnError: true)!;
        var call = clientType.GetMethod("CreateLinkTokenAsync", [requestType, typeof(CancellationToken)])!;
        await (Task)call.Invoke(client, [Activator.CreateInstance(requestType), CancellationToken.None])!;
    }
}
