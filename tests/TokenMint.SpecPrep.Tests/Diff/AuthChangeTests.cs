using System.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Diff;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Tests.Diff;

/// <summary>
/// The SDK's credential headers come from the effective spec's security schemes, so a renamed header or another scheme changes
/// every request: breaking on the wire, though callers' code compiles unchanged. Where the vendor writes its key as a header
/// parameter (Trackstar, Decart), the overlay marks the parameter and the scheme follows the vendor's header name.
/// </summary>
public class AuthChangeTests
{
    private const string TrackstarPageFile = "post-link-token.yaml";

    [Test]
    public void DeckRenamingItsSecretHeaderOnBothPagesIsBreakingOnTheWire()
    {
        using var deck = new VendorFixture("deck");
        foreach (var page in new[] { "post-connections.yaml", "post-link-token-create.yaml" })
            deck.Edit(page, "name: x-deck-secret", "name: x-deck-api-secret");

        var diff = deck.Compare();

        var change = diff.Changes.Single();
        Assert.That((change.Area, change.Location, change.Rule, change.Breaking), Is.EqualTo((ChangeArea.Auth, "securitySchemes.secret", BreakingRules.AuthSchemeChanged, true)));
        Assert.That(change.Detail, Is.EqualTo("apiKey in header x-deck-secret → apiKey in header x-deck-api-secret: requests carry the credential differently"));
        Assert.That(MarkdownReport.RenderVendor(diff), Does.Contain(
            "| **yes** | auth scheme changed | `securitySchemes.secret` | apiKey in header x-deck-secret → apiKey in header x-deck-api-secret: requests carry the credential differently |"));
    }

    [Test]
    public void TrackstarRenamingItsKeyHeaderParameterStopsAtTheOverlayThenIsBreakingOnTheWire()
    {
        using var trackstar = new VendorFixture("trackstar");
        trackstar.Edit(TrackstarPageFile, "name: x-trackstar-api-key", "name: x-trackstar-key");

        // The overlay's marker names the old header: the build would stop, so the rename cannot pass unnoticed.
        Assert.That(trackstar.Compare().Errors.Single(), Does.Contain("@.name == 'x-trackstar-api-key'"));

        trackstar.Edit("overlay.yaml", "@.name == 'x-trackstar-api-key'", "@.name == 'x-trackstar-key'");
        var diff = trackstar.Compare();

        Assert.That(diff.Errors, Is.Empty);
        var change = diff.Changes.Single();
        Assert.That((change.Location, change.Rule, change.Breaking), Is.EqualTo(("securitySchemes.apiKey", BreakingRules.AuthSchemeChanged, true)));
        Assert.That(change.Detail, Does.StartWith("apiKey in header x-trackstar-api-key → apiKey in header x-trackstar-key:"));
    }

    [Test]
    public void DecartKeyAsAMarkedParameterIsTheSameEffectiveSpecAsTheSchemeDeclaredByHand()
    {
        // The 0.1.0 overlay removed the parameter, declared the scheme and required it in three actions; the marker does all three.
        using var decart = new VendorFixture("decart");
        decart.Rewrite("overlay.yaml", overlay => VendorFixture.Replaced(VendorFixture.Replaced(VendorFixture.Replaced(overlay, """
                description: The API key is a credential set once on the client, not a parameter of every call.
                remove: true
              - target: $.components
                description: Declare the API key header as what it is, a security scheme, so the client's auth layer sends it.
                update:
                  securitySchemes:
                    apiKey:
                      type: apiKey
                      in: header
                      name: x-api-key
                      description: API key for authentication.

            """, """
                description: The API key header becomes the apiKey scheme.
                update:
                  x-tokenmint-security-scheme: apiKey

            """), "      security:\n        - apiKey: []\n", string.Empty), " and require the API key scheme.", "."));

        var diff = decart.Compare();

        Assert.That(diff.Errors, Is.Empty);
        Assert.That(diff.Changes, Is.Empty);
    }

    [TestCase("bearerAuth", "type: apiKey\n      in: header\n      name: x-api-key", "auth scheme changed",
        "http bearer (Authorization: Bearer …) → apiKey in header x-api-key: requests carry the credential differently")]
    [TestCase("keyAuth", "type: apiKey\n      in: header\n      name: x-api-key", "auth scheme added",
        "apiKey in header x-api-key: requests lack it until the options class sends it")]
    public void AnotherSchemeOrANewOneIsBreakingOnTheWire(string scheme, string definition, string rule, string detail)
    {
        const string Before = "openapi: 3.0.3\npaths: {}\ncomponents:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n";
        var after = scheme == "bearerAuth" ? $"openapi: 3.0.3\npaths: {{}}\ncomponents:\n  securitySchemes:\n    bearerAuth:\n      {definition}\n" : $"{Before}    {scheme}:\n      {definition}\n";

        var change = SpecDiffer.Compare(Documents.Parse(Before), Documents.Parse(after)).Single();

        Assert.That((change.Location, change.Rule.Change, change.Detail, change.Breaking), Is.EqualTo(($"securitySchemes.{scheme}", rule, detail, true)));
    }

    [Test]
    public void ARemovedSchemeIsBreakingOnTheWire()
    {
        var change = SpecDiffer.Compare(
            Documents.Parse("openapi: 3.0.3\npaths: {}\ncomponents:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n"),
            Documents.Parse("openapi: 3.0.3\npaths: {}\n")).Single();

        Assert.That((change.Location, change.Rule, change.Breaking), Is.EqualTo(("securitySchemes.bearerAuth", BreakingRules.AuthSchemeRemoved, true)));
    }
}
