using System.Collections.Generic;
using NUnit.Framework;
using TokenMint.SpecPrep.Vendors;

namespace TokenMint.SpecPrep.Tests.Vendors;

/// <summary>
/// The options and dependency-injection code the prepare step writes from vendor.json and the effective spec. That it compiles
/// and works is what the vendors' own builds and tests show (and the new-vendor scaffold test, for a made-up vendor); these pin
/// what differs between vendors and what stops the build.
/// </summary>
public class VendorCodeTests
{
    private static readonly VendorManifest Acme = new("acme", "Acme",
    [
        new CredentialDeclaration("ClientId", "ACME_CLIENT_ID", "client_id", "Your Acme client id", null, false),
        new CredentialDeclaration("Token", "ACME_TOKEN", "bearer", "Your Acme token", "It expires yearly.", true),
    ]);

    private static Newtonsoft.Json.Linq.JObject Spec(string servers = "[{url: 'https://api.acme.example'}]",
        string schemes = "client_id: {type: apiKey, in: header, name: x-acme-client-id}, bearer: {type: http, scheme: bearer}") =>
        Documents.Parse($"openapi: 3.0.3\nservers: {servers}\npaths: {{}}\ncomponents:\n  securitySchemes: {{{schemes}}}\n");

    [Test]
    public void EachCredentialIsAnOptionDocumentedWithTheHeaderThatCarriesIt()
    {
        var code = VendorCode.Options(Acme, Spec());

        Assert.That(code, Does.Contain("public sealed partial class AcmeClientOptions : global::TokenMint.ClientOptions"));
        Assert.That(code, Does.Contain("/// Your Acme client id, sent in the x-acme-client-id header (the spec's client_id scheme). Read from ACME_CLIENT_ID when not set."));
        Assert.That(code, Does.Contain("/// Your Acme token, sent as a bearer token in the Authorization header (the spec's bearer scheme). Read from ACME_TOKEN when not set. It expires yearly."));
        Assert.That(code, Does.Contain("var clientId = global::TokenMint.Credential.Resolve(ClientId, \"AcmeClientOptions.ClientId\", \"ACME_CLIENT_ID\");"));
        Assert.That(code, Does.Contain("new global::TokenMint.Http.HeaderAuthenticator(resolvedBaseUrl, AcmeSpec.Auth.ClientId(clientId), AcmeSpec.Auth.Bearer(token))"));
        Assert.That(code, Does.Contain("new global::System.Uri(AcmeSpec.Servers.Default)"));
        Assert.That(code, Does.Not.Contain("enum AcmeEnvironment"));
    }

    [Test]
    public void ToStringShowsAnIdentifierButNeverASecret()
    {
        var code = VendorCode.Options(Acme, Spec());

        Assert.That(code, Does.Contain(
            "$\"AcmeClientOptions {{ ClientId = {ClientId ?? \"(not set)\"}, Token = {(global::TokenMint.Credential.Describe(Token))}, BaseUri = {(global::TokenMint.Http.BaseUri.Describe(BaseUri))} }}\";"));
    }

    [Test]
    public void ServersTheOverlayNamesBecomeAnEnvironmentEnumAndOption()
    {
        var code = VendorCode.Options(Acme, Spec("[{url: 'https://live.acme.example', description: Acme API, x-tokenmint-environment: Live}, "
            + "{url: 'https://test.acme.example', x-tokenmint-environment: Test}, {url: 'https://eu.acme.example', x-tokenmint-environment: Europe}]"));

        Assert.That(code, Does.Contain("/// <summary>Live (default), Test or Europe; ignored when <see cref=\"global::TokenMint.ClientOptions.BaseUri\"/> is set.</summary>"));
        Assert.That(code, Does.Contain("public AcmeEnvironment Environment { get; set; } = AcmeEnvironment.Live;"));
        Assert.That(code, Does.Contain("AcmeEnvironment.Europe => AcmeSpec.Servers.Europe,"));
        Assert.That(code, Does.Contain("/// <summary>Acme API: https://live.acme.example (servers[0] of the spec; the default).</summary>"));
        Assert.That(code, Does.Contain("/// <summary>https://test.acme.example (servers[1] of the spec).</summary>"));
    }

    [Test]
    public void RegistrationRedactsEveryCredentialHeaderInTheFactorysLogs()
    {
        var code = VendorCode.Registration(Acme, Spec());

        Assert.That(code, Does.Contain("public static IHttpClientBuilder AddAcmeClient(this IServiceCollection services, global::Microsoft.Extensions.Configuration.IConfiguration configuration)"));
        Assert.That(code, Does.Contain("public static IHttpClientBuilder AddAcmeClient(this IServiceCollection services, global::System.Action<global::TokenMint.Acme.AcmeClientOptions> configure)"));
        Assert.That(code, Does.Contain("The factory's logging shows its x-acme-client-id and Authorization values as \"*\"."));
        Assert.That(code, Does.Contain("(options, http) => new global::TokenMint.Acme.AcmeClient(options, http), \"x-acme-client-id\", \"Authorization\");"));
    }

    public static IEnumerable<TestCaseData> Mismatches()
    {
        yield return new TestCaseData("client_id: {type: apiKey, in: header, name: x-acme-client-id}", "names securityScheme 'bearer', which the effective spec does not have")
            .SetArgDisplayNames("a credential's scheme is missing");
        yield return new TestCaseData("client_id: {type: apiKey, in: header, name: x-id}, bearer: {type: http, scheme: bearer}, extra: {type: apiKey, in: header, name: x-extra}",
            "security scheme 'extra' (securitySchemes.extra: apiKey in header x-extra) has no credential").SetArgDisplayNames("a scheme has no credential");
    }

    [TestCaseSource(nameof(Mismatches))]
    public void CredentialsAndTheSpecsSchemesMustMatchOneToOne(string schemes, string message)
    {
        var error = Assert.Throws<SpecException>(() => VendorCode.Options(Acme, Spec(schemes: schemes)));

        Assert.That(error!.Message, Does.StartWith("specs/acme/vendor.json: "));
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public void NamedEnvironmentsMustIncludeTheDefaultServer()
    {
        var error = Assert.Throws<SpecException>(() => VendorCode.Options(Acme, Spec("[{url: 'https://api.acme.example'}, {url: 'https://test.acme.example', x-tokenmint-environment: Test}]")));

        Assert.That(error!.Message, Does.Contain("names environments (x-tokenmint-environment) but not servers[0]"));
    }
}
