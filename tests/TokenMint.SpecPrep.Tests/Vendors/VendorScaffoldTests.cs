using System;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Import;
using TokenMint.SpecPrep.Vendors;

namespace TokenMint.SpecPrep.Tests.Vendors;

/// <summary>
/// The files new-vendor writes, without the build it runs afterwards (EndToEnd/NewVendorTests runs the whole command). Uses the
/// made-up vendor's page of that test.
/// </summary>
public class VendorScaffoldTests
{
    private static SpecSource AcmePage(Func<string, string>? edit = null)
    {
        var text = Documents.Fixture("EndToEnd/Fixtures/acme-pay-page.md");
        return SpecSource.Parse(edit is null ? text : edit(text), "acme-pay-page.md");
    }

    private static VendorScaffold.Result Scaffold(TempFolder root, string id = "acme-pay", string name = "AcmePay", SpecSource? page = null)
    {
        root.Write("CHANGELOG.md", "# Changelog\n\n## Unreleased\n\n### TokenMint.Core\n\n- Something.\n");
        return VendorScaffold.Run(root.Path, id, name, [page ?? AcmePage()], () => new DateOnly(2026, 11, 29));
    }

    [Test]
    public void TheVendorsSpecsProjectAndChangelogEntryAreWrittenAndTheBuildsChecksPass()
    {
        using var root = new TempFolder();

        var result = Scaffold(root);

        var specs = Path.Combine(root.Path, "specs", "acme-pay");
        var source = Path.Combine(root.Path, "src", "TokenMint.AcmePay");
        Assert.Multiple(() =>
        {
            Assert.That(Directory.GetFiles(specs).Select(Path.GetFileName).Order(), Is.EqualTo(new[]
            {
                "overlay.yaml", "post-v1-workspaces-workspace-id-regions-region-session-tokens.yaml", "provenance.json", "vendor.json",
            }));
            Assert.That(Directory.GetFiles(source).Select(Path.GetFileName).Order(), Is.EqualTo(new[]
            {
                "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt", "README.md", "TokenMint.AcmePay.csproj",
            }));
            Assert.That(result.Vendor, Is.EqualTo(VendorManifest.Read(specs)).Using<VendorManifest>((a, b) => a.Name == b.Name && a.Summary == b.Summary && a.Credentials.SequenceEqual(b.Credentials)));
            Assert.That(result.Vendor.Summary, Is.EqualTo("TODO(new-vendor): Client for the Acme Pay API: say what it mints."),
                "a default nobody decided, which VendorListTests refuse until a person writes the summary");
            Assert.That(result.Vendor.Credentials.Single(), Is.EqualTo(new CredentialDeclaration("ApiKey", "ACME_PAY_API_KEY", "apiKey", "Your Acme Pay API key", null, true)));
            Assert.That(File.ReadAllText(Path.Combine(source, "TokenMint.AcmePay.csproj")), Does.Contain("<TokenMintVendor>AcmePay</TokenMintVendor>"));
            Assert.That(File.ReadAllText(Path.Combine(source, "README.md")), Does.StartWith("# TokenMint.AcmePay\n").And.Contain("ACME_PAY_API_KEY"));
            Assert.That(File.ReadAllText(Path.Combine(root.Path, "CHANGELOG.md")), Does.Contain("### TokenMint.AcmePay\n\n- New package: a client for the Acme Pay API (`MintSessionTokenAsync`, `RevokeSessionTokenAsync`)."));
        });
        // What the build checks first, on what was written: the vendor generates.
        var effective = SpecPreparer.Prepare(specs);
        Assert.That(VendorCode.Options(result.Vendor, effective), Does.Contain("AcmePaySpec.Auth.ApiKey(apiKey)"));
    }

    [Test]
    public void APageWithoutServersIsGivenAHostThatNeverResolvesAndTheChecklistSaysSo()
    {
        using var root = new TempFolder();
        var page = AcmePage(text => text.Replace("servers:\n  - url: https://api.acme-pay.example\n    description: Acme Pay production\n", string.Empty, StringComparison.Ordinal));

        var result = Scaffold(root, page: page);

        Assert.That((string?)SpecPreparer.Prepare(Path.Combine(root.Path, "specs", "acme-pay")).SelectToken("servers[0].url"), Is.EqualTo("https://acme-pay.invalid"));
        Assert.That(result.Checklist, Has.Some.StartWith("servers: the pages list no server, so the client calls https://acme-pay.invalid"));
    }

    [Test]
    public void EverySchemeThePageDeclaresBecomesACredentialNamedAfterIt()
    {
        using var root = new TempFolder();
        var page = AcmePage(text => text.Replace("components:\n", """
            components:
              securitySchemes:
                client_id: {type: apiKey, in: header, name: x-acme-client-id}
                bearer_token: {type: http, scheme: bearer}

            """, StringComparison.Ordinal).Replace("        - name: X-Acme-Api-Key", "        - name: X-Trace", StringComparison.Ordinal));

        var result = Scaffold(root, page: page);

        Assert.That(result.Vendor.Credentials.Select(c => $"{c.Option} {c.EnvironmentVariable} {c.SecurityScheme} {c.Summary}"), Is.EqualTo(new[]
        {
            "ClientId ACME_PAY_CLIENT_ID client_id Your Acme Pay client id",
            "BearerToken ACME_PAY_BEARER_TOKEN bearer_token Your Acme Pay bearer token",
        }));
    }

    [Test]
    public void AHeaderNamedLikeAKeyButNotProposedStaysAParameterAndTheChecklistSaysSo()
    {
        using var root = new TempFolder();
        var page = AcmePage(text => text.Replace("        - name: X-Acme-Api-Key\n", """
                    - name: Idempotency-Key
                      in: header
                      required: false
                      schema:
                        type: string
                    - name: X-Acme-Api-Key

            """, StringComparison.Ordinal));

        var result = Scaffold(root, page: page);

        var overlay = File.ReadAllText(Path.Combine(root.Path, "specs", "acme-pay", "overlay.yaml"));
        Assert.That(result.Vendor.Credentials.Select(c => c.Option), Is.EqualTo(new[] { "ApiKey" }));
        Assert.That(overlay, Does.Not.Contain("Idempotency-Key"));
        Assert.That(result.Checklist, Has.Some.StartWith("auth: the Idempotency-Key header parameter (POST /v1/workspaces/{workspace_id}/regions/{region}/session-tokens, DELETE /v1/workspaces/{workspace_id}/session-tokens/{token_id}) was left alone")
            .And.Contain("per-call value"));
    }

    [TestCase("Acme_Pay", "must be a PascalCase identifier")]
    [TestCase("Core", "must be a PascalCase identifier")]
    public void ANameThatCannotBeAPackageIsRefusedBeforeAnythingIsWritten(string name, string message)
    {
        using var root = new TempFolder();

        var error = Assert.Throws<SpecException>(() => Scaffold(root, name: name));

        Assert.That(error!.Message, Does.Contain(message));
        Assert.That(Path.Combine(root.Path, "specs"), Does.Not.Exist);
    }

    [Test]
    public void AnExistingVendorIsRefusedAndPointedToUpdate()
    {
        using var root = new TempFolder();
        Scaffold(root);

        var error = Assert.Throws<SpecException>(() => Scaffold(root, name: "AcmePay2"));

        Assert.That(error!.Message, Does.Contain("specs/acme-pay exists").And.Contain("-- update acme-pay"));
    }

    [Test]
    public void APageTheBuildCouldNotGenerateLeavesNothingBehind()
    {
        using var root = new TempFolder();
        var page = AcmePage(text => text.Replace("components:\n", "components:\n  securitySchemes:\n    oauth: {type: oauth2, flows: {}}\n", StringComparison.Ordinal));

        var error = Assert.Throws<SpecException>(() => Scaffold(root, page: page));

        Assert.That(error!.Message, Does.Contain("securitySchemes.oauth: oauth2 is not something the SDK can send"));
        Assert.That(Path.Combine(root.Path, "specs", "acme-pay"), Does.Not.Exist);
        Assert.That(Path.Combine(root.Path, "src", "TokenMint.AcmePay"), Does.Not.Exist);
    }
}
