using NUnit.Framework;
using TokenMint.SpecPrep.Wire;

namespace TokenMint.SpecPrep.Tests.Wire;

/// <summary>The generated &lt;Vendor&gt;Spec.g.cs: base URLs from servers, header builders from security schemes, and a stop for what the SDK cannot call.</summary>
public class SpecConstantsTests
{
    private static string Render(string servers, string schemes = "bearerAuth: {type: http, scheme: bearer}") =>
        SpecConstants.Render(Documents.Parse($"openapi: 3.0.3\nservers: {servers}\npaths: {{}}\ncomponents:\n  securitySchemes: {{{schemes}}}\n"), "Acme", "acme");

    [Test]
    public void TheFirstServerIsTheDefaultAndServersTheOverlayNamesAreEnvironments()
    {
        var code = Render("[{url: 'https://live.acme.example/v1', x-tokenmint-environment: Live}, {url: 'https://sandbox.acme.example/v1', x-tokenmint-environment: Sandbox}, {url: 'https://eu.acme.example/v1'}]");

        Assert.That(code, Does.Contain("internal static class AcmeSpec"));
        Assert.That(code, Does.Contain("public const string Live = \"https://live.acme.example/v1\";"));
        Assert.That(code, Does.Contain("public const string Sandbox = \"https://sandbox.acme.example/v1\";"));
        Assert.That(code, Does.Contain("public const string Server2 = \"https://eu.acme.example/v1\";"));
        Assert.That(code, Does.Contain("public const string Default = Live;"));
    }

    [Test]
    public void TheVendorsIdIsItsSpecsFolderNameNotItsClassName()
    {
        var code = SpecConstants.Render(Documents.Parse("openapi: 3.0.3\nservers: [{url: 'https://api.acme.example'}]\npaths: {}\n"), "AcmePay", "acme-pay");

        Assert.That(code, Does.Contain("internal static class AcmePaySpec"));
        Assert.That(code, Does.Contain("public const string Id = \"acme-pay\";"));
    }

    [Test]
    public void AnUnnamedFirstServerIsTheDefault()
    {
        Assert.That(Render("[{url: 'https://api.acme.example'}]"), Does.Contain("public const string Default = \"https://api.acme.example\";"));
    }

    [Test]
    public void EachSchemeBuildsTheHeaderThatCarriesItsCredential()
    {
        var code = Render("[{url: 'https://api.acme.example'}]", "bearerAuth: {type: http, scheme: Bearer}, client_id: {type: apiKey, in: header, name: x-acme-client-id}");

        Assert.That(code, Does.Contain("""
                        public static System.Collections.Generic.KeyValuePair<string, string> BearerAuth(string credential) =>
                            new System.Collections.Generic.KeyValuePair<string, string>("Authorization", "Bearer " + credential);
            """));
        Assert.That(code, Does.Contain("""
                        public static System.Collections.Generic.KeyValuePair<string, string> ClientId(string credential) =>
                            new System.Collections.Generic.KeyValuePair<string, string>("x-acme-client-id", credential);
            """));
    }

    [TestCase("[]", "lists no servers")]
    [TestCase("[{url: 'http://api.acme.example'}]", "is not an absolute https URL")]
    [TestCase("[{url: '/api/v1'}]", "is not an absolute https URL")]
    [TestCase("[{url: 'https://{region}.acme.example'}]", "is not an absolute https URL without variables")]
    [TestCase("[{url: 'https://a.example', x-tokenmint-environment: live}]", "must be a unique PascalCase identifier")]
    [TestCase("[{url: 'https://a.example', x-tokenmint-environment: Live}, {url: 'https://b.example', x-tokenmint-environment: Live}]", "must be a unique PascalCase identifier")]
    public void ServersTheSdkCannotUseStopTheBuild(string servers, string message)
    {
        var error = Assert.Throws<SpecException>(() => Render(servers));

        Assert.That(error!.Message, Does.Contain(message));
    }

    [TestCase("oauth: {type: oauth2, flows: {}}", "securitySchemes.oauth: oauth2")]
    [TestCase("key: {type: apiKey, in: query, name: key}", "securitySchemes.key: apiKey in query key")]
    [TestCase("basic: {type: http, scheme: basic}", "securitySchemes.basic: http basic")]
    public void SchemesTheSdkCannotSendStopTheBuild(string schemes, string message)
    {
        var error = Assert.Throws<SpecException>(() => Render("[{url: 'https://api.acme.example'}]", schemes));

        Assert.That(error!.Message, Does.Contain(message));
        Assert.That(error.Message, Does.Contain("is not something the SDK can send"));
    }
}
