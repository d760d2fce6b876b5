using System.IO;
using NUnit.Framework;
using TokenMint.SpecPrep.Vendors;

namespace TokenMint.SpecPrep.Tests.Vendors;

/// <summary>specs/&lt;id&gt;/vendor.json: read, and refused with a message naming the file and the fix when malformed.</summary>
public class VendorManifestTests
{
    private const string Valid = """
        {
          "name": "AcmePay",
          "summary": " Client for the Acme Pay API: session tokens. ",
          "credentials": [
            { "option": "ClientId", "environmentVariable": "ACME_PAY_CLIENT_ID", "securityScheme": "client_id", "summary": "Your client id", "secret": false },
            { "option": "Secret", "environmentVariable": "ACME_PAY_SECRET", "securityScheme": "secret", "summary": "Your secret", "remarks": "Rotate it yearly." }
          ]
        }
        """;

    [Test]
    public void AManifestGivesTheVendorsNamePackageAndCredentialsInOrder()
    {
        using var folder = new TempFolder();
        folder.Write("acme-pay/vendor.json", Valid);

        var vendor = VendorManifest.Read(Path.Combine(folder.Path, "acme-pay"));

        Assert.That((vendor.Id, vendor.Name, vendor.Package), Is.EqualTo(("acme-pay", "AcmePay", "TokenMint.AcmePay")));
        Assert.That(vendor.Summary, Is.EqualTo("Client for the Acme Pay API: session tokens."), "trimmed");
        Assert.That(vendor.Credentials, Is.EqualTo(new[]
        {
            new CredentialDeclaration("ClientId", "ACME_PAY_CLIENT_ID", "client_id", "Your client id", null, false),
            new CredentialDeclaration("Secret", "ACME_PAY_SECRET", "secret", "Your secret", "Rotate it yearly.", true),
        }));
    }

    [TestCase("\"name\": \"AcmePay\"", "\"name\": \"acme_pay\"", "name must be a PascalCase identifier")]
    [TestCase("\"environmentVariable\": \"ACME_PAY_SECRET\"", "\"environmentVariable\": \"acme secret\"", "credentials[1]: environmentVariable is missing or malformed")]
    [TestCase("\"option\": \"Secret\"", "\"option\": \"ClientId\"", "two credentials have option 'ClientId'")]
    [TestCase("\"option\": \"Secret\"", "\"option\": \"BaseUri\"", "already a setting of every client")]
    [TestCase("\"summary\": \"Your client id\",", "", "credentials[0]: summary is missing")]
    [TestCase("\"summary\": \" Client for the Acme Pay API: session tokens. \",", "", "summary is missing: one sentence that documents AcmePayClient")]
    [TestCase("{ \"option\"", "{ \"option", "specs/acme-pay/vendor.json: ")]
    public void AMalformedManifestIsRefusedNamingItsFile(string replace, string with, string message)
    {
        using var folder = new TempFolder();
        folder.Write("acme-pay/vendor.json", Valid.Replace(replace, with, System.StringComparison.Ordinal));

        var error = Assert.Throws<SpecException>(() => VendorManifest.Read(Path.Combine(folder.Path, "acme-pay")));

        Assert.That(error!.Message, Does.Contain(message));
        Assert.That(error.Message, Does.StartWith("specs/acme-pay/vendor.json"));
    }

    [Test]
    public void AVendorFolderWithoutAManifestIsRefused()
    {
        using var folder = new TempFolder();
        folder.Write("acme/overlay.yaml", "overlay: 1.0.0\n");

        var error = Assert.Throws<SpecException>(() => VendorManifest.Read(Path.Combine(folder.Path, "acme")));

        Assert.That(error!.Message, Does.Contain("specs/acme/vendor.json is missing"));
    }
}
