using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using RichardSzalay.MockHttp;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Tests.EndToEnd;

/// <summary>
/// new-vendor, run as a maintainer runs it, in a temporary copy of what a vendor package is built from (Core, build/, no other
/// vendor): a made-up vendor's page with what the five real pages lack — path parameters, one of them an enum, query parameters,
/// the API key as an optional header parameter, a 200 whose schema is a bare string, a 204 with no body — becomes a package that
/// builds and packs at once, and whose client puts each of them on the wire. One scaffold and one build cover all six, to keep CI
/// short.
/// </summary>
[NonParallelizable]
public class NewVendorTests
{
    private const string Page = "EndToEnd/Fixtures/acme-pay-page.md";
    private const string ApiKey = "acme-key-7f3e9a";

    private static readonly string[] CopiedPaths =
    [
        ".editorconfig", "global.json", "Directory.Build.props", "Directory.Packages.props", "nswag.json", "Generated.sln", "CHANGELOG.md",
        "build/Generation.targets", "build/templates", "build/TokenMint.Generation", "build/TokenMint.SpecPrep",
        "src/Directory.Build.props", "src/Vendor.props", "src/TokenMint.Core",
    ];

    [Test]
    public async Task AMadeUpVendorsPageBecomesAPackageThatBuildsPacksAndPutsEveryParameterOnTheWire()
    {
        using var copy = new TempFolder();
        RepoCopy.Into(copy.Path, CopiedPaths);
        var page = Path.Combine(TestContext.CurrentContext.TestDirectory, Page);

        var scaffold = Run(copy.Path, "run", "--project", "build/TokenMint.SpecPrep", "-c", "Release", "--", "new-vendor", "acme-pay", page, "--name", "AcmePay");

        AssertTheChecklistNamesEachDecisionWithItsSafeDefault(scaffold.Output);
        AssertTheVendorsFilesAreWritten(copy.Path);
        Run(copy.Path, "pack", "src/TokenMint.AcmePay/TokenMint.AcmePay.csproj", "-c", "Release", "-o", "packages");
        Assert.That(Path.Combine(copy.Path, "packages", "TokenMint.AcmePay.0.1.0.nupkg"), Does.Exist);
        var output = Path.Combine(copy.Path, "out");
        Run(copy.Path, "build", "src/TokenMint.AcmePay/TokenMint.AcmePay.csproj", "-c", "Release", "-f", "net8.0", "-o", output,
            "-p:TokenMintGenerate=false", "-p:CopyLocalLockFileAssemblies=true");

        var context = new BuiltPackageContext(output, "new-vendor TokenMint.AcmePay");
        try
        {
            var package = context.LoadFromAssemblyPath(Path.Combine(output, "TokenMint.AcmePay.dll"));
            await AssertTheClientPutsEveryParameterOnTheWire(package);
            await AssertAnOperationWithNoResultHasWithResponseAsyncReturningTheStatus(package);
        }
        finally
        {
            context.Unload();
        }
    }

    private static void AssertTheChecklistNamesEachDecisionWithItsSafeDefault(string output)
    {
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("[ ] auth: ApiKey (read from ACME_PAY_API_KEY) is sent in X-Acme-Api-Key, from the X-Acme-Api-Key header parameter"));
            Assert.That(output, Does.Contain("[ ] retry: POST /v1/workspaces/{workspace_id}/regions/{region}/session-tokens is unsafe"));
            Assert.That(output, Does.Contain("[ ] name: POST /v1/workspaces/{workspace_id}/regions/{region}/session-tokens is MintSessionTokenAsync"));
            Assert.That(output, Does.Contain("[ ] names: the types Region keep the page's names"));
            Assert.That(output, Does.Contain("[ ] tests: wire tests in tests/TokenMint.Tests/AcmePay/"));
        });
    }

    private static void AssertTheVendorsFilesAreWritten(string root)
    {
        var specs = Path.Combine(root, "specs", "acme-pay");
        var provenance = JObject.Parse(File.ReadAllText(Path.Combine(specs, "provenance.json")));
        var overlay = File.ReadAllText(Path.Combine(specs, "overlay.yaml"));
        Assert.Multiple(() =>
        {
            Assert.That((string?)provenance.SelectToken("files.*.source"), Is.EqualTo("https://docs.acme-pay.example/api-reference/mint-a-session-token"));
            Assert.That(overlay, Does.Contain("x-tokenmint-retry: unsafe").And.Contain("x-tokenmint-security-scheme: apiKey").And.Contain("operationId: MintSessionToken"));
            Assert.That((string?)JObject.Parse(File.ReadAllText(Path.Combine(specs, "vendor.json")))["name"], Is.EqualTo("AcmePay"));
            Assert.That(File.ReadAllText(Path.Combine(root, "Generated.sln")), Does.Contain(@"""src\TokenMint.AcmePay\TokenMint.AcmePay.csproj"""));
            Assert.That(File.ReadAllText(Path.Combine(root, "src", "TokenMint.AcmePay", "PublicAPI.Unshipped.txt")), Does.Contain("MintSessionTokenAsync"));
            Assert.That(File.ReadAllText(Path.Combine(root, "CHANGELOG.md")), Does.Contain("### TokenMint.AcmePay"));
        });
    }

    // The key is an option, not a parameter; the path carries the workspace (escaped) and the enum's wire value; the query both
    // parameters (the array repeated); and the bare JSON string is the result.
    private static async Task AssertTheClientPutsEveryParameterOnTheWire(Assembly package)
    {
        var options = Activator.CreateInstance(package.GetType("TokenMint.AcmePay.AcmePayClientOptions", throwOnError: true)!)!;
        options.GetType().GetProperty("ApiKey")!.SetValue(options, ApiKey);
        var region = package.GetType("TokenMint.AcmePay.Region", throwOnError: true)!;
        using var wire = new MockHttpMessageHandler();
        var sent = wire.Expect(HttpMethod.Post, "https://api.acme-pay.example/v1/workspaces/ws%201/regions/eu-west/session-tokens?ttl_seconds=600&scope=read&scope=write")
            .WithExactQueryString("ttl_seconds=600&scope=read&scope=write")
            .WithHeaders("X-Acme-Api-Key", ApiKey)
            .Respond("application/json", "\"tok_acme_5d1c\"");
        var client = Activator.CreateInstance(package.GetType("TokenMint.AcmePay.AcmePayClient", throwOnError: true)!, options, wire.ToHttpClient())!;
        var mint = client.GetType().GetMethods().Single(m => m.Name == "MintSessionTokenAsync" && m.GetParameters().Length == 5);

        var token = await (Task<string>)mint.Invoke(client, ["ws 1", region.GetProperty("EuWest")!.GetValue(null), 600L, new[] { "read", "write" }, CancellationToken.None])!;

        Assert.That(mint.GetParameters().Select(p => p.Name), Is.EqualTo(new[] { "workspaceId", "region", "ttlSeconds", "scope", "cancellationToken" }));
        Assert.That(token, Is.EqualTo("tok_acme_5d1c"));
        Assert.That(wire.GetMatchCount(sent), Is.EqualTo(1), "the request did not reach the wire as the page describes it");
    }

    // A 204 has no result: RevokeSessionTokenAsync is a plain Task, and its XxxWithResponseAsync (client and interface) returns the
    // non-generic ApiResponse with the status and headers.
    private static async Task AssertAnOperationWithNoResultHasWithResponseAsyncReturningTheStatus(Assembly package)
    {
        var options = Activator.CreateInstance(package.GetType("TokenMint.AcmePay.AcmePayClientOptions", throwOnError: true)!)!;
        options.GetType().GetProperty("ApiKey")!.SetValue(options, ApiKey);
        using var wire = new MockHttpMessageHandler();
        var sent = wire.Expect(HttpMethod.Delete, "https://api.acme-pay.example/v1/workspaces/ws1/session-tokens/tok_acme_5d1c")
            .WithHeaders("X-Acme-Api-Key", ApiKey)
            .WithHeaders("X-Acme-Reason", "expired")
            .Respond(HttpStatusCode.NoContent, [new KeyValuePair<string, string>("x-request-id", "req_revoke_1")], new ByteArrayContent([]));
        var clientType = package.GetType("TokenMint.AcmePay.AcmePayClient", throwOnError: true)!;
        var client = Activator.CreateInstance(clientType, options, wire.ToHttpClient())!;
        MethodInfo Method(Type type, string name) => type.GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 4);
        // workspaceId, tokenId, the X-Acme-Reason header parameter, cancellationToken: by name, whatever order NSwag gives them.
        object?[] Arguments(MethodInfo method, string reason) => method.GetParameters().Select(p => p.Name switch
        {
            "workspaceId" => "ws1",
            "tokenId" => "tok_acme_5d1c",
            "cancellationToken" => (object?)CancellationToken.None,
            _ => reason,
        }).ToArray();
        var revoke = Method(clientType, "RevokeSessionTokenAsync");
        var withResponse = Method(clientType, "RevokeSessionTokenWithResponseAsync");
        var onInterface = Method(clientType.GetInterface("IAcmePayClient")!, "RevokeSessionTokenWithResponseAsync");

        // The package's TokenMint.Core lives in its own load context: its types are compared by name and read by reflection.
        var call = (Task)withResponse.Invoke(client, Arguments(withResponse, "expired"))!;
        await call;
        var response = call.GetType().GetProperty("Result")!.GetValue(call)!;
        // A header parameter holding a line break is refused before the network, naming the parameter (never written unchecked).
        var refused = Assert.ThrowsAsync<ArgumentException>(() => (Task)revoke.Invoke(client, Arguments(revoke, "expired\r\nX-Injected: 1"))!);

        Assert.Multiple(() =>
        {
            Assert.That(revoke.ReturnType, Is.EqualTo(typeof(Task)));
            Assert.That(withResponse.ReturnType.ToString(), Is.EqualTo("System.Threading.Tasks.Task`1[TokenMint.ApiResponse]"));
            Assert.That(onInterface.ReturnType, Is.EqualTo(withResponse.ReturnType));
            Assert.That(response.GetType().GetProperty("StatusCode")!.GetValue(response), Is.EqualTo(204));
            Assert.That(response.GetType().GetProperty("RequestId")!.GetValue(response), Is.EqualTo("req_revoke_1"));
            Assert.That(wire.GetMatchCount(sent), Is.EqualTo(1), "the DELETE reached the wire once, the refused one never");
            Assert.That(refused!.Message, Does.Contain("X-Acme-Reason").And.Not.Contain("X-Injected"));
        });
    }

    private static ProcessResult Run(string root, params string[] arguments)
    {
        var result = ProcessRunner.Run("dotnet", arguments, root);
        Assert.That(result.ExitCode, Is.Zero, $"dotnet {string.Join(" ", arguments)}:\n{result.BuildErrors()}\n{result.Tail(40)}");
        return result;
    }
}
