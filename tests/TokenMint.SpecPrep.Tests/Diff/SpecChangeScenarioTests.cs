using System;
using System.IO;
using System.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Diff;
using TokenMint.SpecPrep.Import;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Tests.Diff;

/// <summary>
/// The change report on the vendored Decart and Deck specs (frozen in Diff/Fixtures), each test playing one change a vendor makes
/// without notice: the differ must name it and classify it the way a caller of the SDK would experience it.
/// </summary>
public class SpecChangeScenarioTests
{
    private const string DecartPageFile = "post-v1-client-tokens.yaml";
    private const string DeckLinkTokenFile = "post-link-token-create.yaml";
    private static readonly DateOnly ImportDay = new(2027, 2, 1);

    [Test]
    public void ImportingDecartsNewTokenFieldReportsAnOptionalResponsePropertyThatIsNotBreaking()
    {
        using var decart = new VendorFixture("decart");
        var page = DecartPage.Wrap(DecartPage.WithTokenField(decart.Text(DecartPageFile)));
        var importer = new SpecImporter(decart.AfterSpecsRoot, () => ImportDay);

        var outcome = ImportReview.Run(importer, decart.AfterSpecsRoot, "decart", SpecSource.Parse(page, "page.md"));

        Assert.That(outcome.Imports.Single().Changed, Is.True);
        Assert.That(outcome.Diff.Errors, Is.Empty);
        var change = outcome.Diff.Changes.Single();
        Assert.That(change.Location, Is.EqualTo("CreateClientTokenResponse.token"));
        Assert.That(change.Rule, Is.EqualTo(BreakingRules.PropertyAddedOptional));
        Assert.That(change.Detail, Is.EqualTo("string; response"));
        Assert.That(change.Breaking, Is.False);
        Assert.That(outcome.Diff.Breaking, Is.False);
        var markdown = MarkdownReport.RenderVendor(outcome.Diff);
        Assert.That(markdown, Does.Contain("## decart (TokenMint.Decart): not breaking"));
        Assert.That(markdown, Does.Contain("| no | property added, optional | `CreateClientTokenResponse.token` | string; response |"));
        Assert.That(MarkdownReport.Summary(outcome.Diff.Changes), Is.EqualTo(
            "Operations: 0 added, 0 removed, 0 changed. Schemas: 0 added, 0 removed, 1 changed."));
    }

    [Test]
    public void NewEnumValueIsNotBreakingInARequestOrInAResponse()
    {
        using var deck = new VendorFixture("deck");
        deck.Edit(DeckLinkTokenFile, "        - PT\n", "        - PT\n        - IT\n");
        deck.Edit(DeckLinkTokenFile, "        - FETCH_BALANCE\n", "        - FETCH_BALANCE\n        - ACCOUNT_CLOSED\n");

        var diff = deck.Compare();

        Assert.That(diff.Errors, Is.Empty);
        Assert.That(diff.Changes.Select(c => (c.Location, c.Rule.Change, c.Detail, c.Breaking)), Is.EquivalentTo(new[]
        {
            ("Language", "enum value added", "IT; request", false),
            ("ErrorCategory", "enum value added", "ACCOUNT_CLOSED; response", false),
        }));
        Assert.That(diff.Breaking, Is.False);
    }

    [Test]
    public void RemovedResponseFieldIsBreakingAndNamed()
    {
        using var decart = new VendorFixture("decart");
        decart.Edit(DecartPageFile, """
                    expiresAt:
                      type: string
                      title: Expiresat

            """, string.Empty);
        decart.Edit(DecartPageFile, "        - expiresAt\n", string.Empty);

        var diff = decart.Compare();

        var change = diff.Changes.Single();
        Assert.That(change.Location, Is.EqualTo("CreateClientTokenResponse.expiresAt"));
        Assert.That(change.Rule, Is.EqualTo(BreakingRules.PropertyRemoved));
        Assert.That(change.Breaking, Is.True);
        Assert.That(MarkdownReport.RenderVendor(diff), Does.Contain("| **yes** | property removed | `CreateClientTokenResponse.expiresAt` | string; response |"));
    }

    [Test]
    public void RenamedRequestFieldIsBreakingAndTheReportPointsAtTheNewName()
    {
        using var decart = new VendorFixture("decart");
        decart.Edit(DecartPageFile, "        expiresIn:\n", "        expiresInSeconds:\n");

        var diff = decart.Compare();

        Assert.That(diff.Changes.Select(c => (c.Location, c.Rule.Change, c.Breaking)), Is.EqualTo(new[]
        {
            ("CreateClientTokenRequest.expiresIn", "property removed", true),
            ("CreateClientTokenRequest.expiresInSeconds", "property added, optional", false),
        }));
        Assert.That(diff.Changes[0].Detail, Is.EqualTo("integer(int64); renamed to `expiresInSeconds`?; request"));
        Assert.That(diff.Breaking, Is.True);
    }

    [Test]
    public void RemovedOperationIsBreakingAndNamedAndItsStaleOverlayActionsAreErrors()
    {
        using var deck = new VendorFixture("deck");
        deck.Delete("post-connections.yaml");

        var diff = deck.Compare();

        var removed = diff.Changes.Single(c => c.Area == ChangeArea.Operation);
        Assert.That((removed.Location, removed.Rule, removed.Detail, removed.Breaking),
            Is.EqualTo(("POST /connections", BreakingRules.OperationRemoved, "CreateConnection", true)));
        Assert.That(diff.Changes.Where(c => c.Rule == BreakingRules.SchemaRemoved).Select(c => c.Location), Is.SupersetOf(new[] { "CreateConnectionRequest", "CreateConnectionResponse" }));
        Assert.That(diff.Changes.Where(c => c.Area == ChangeArea.Schema).All(c => c.Breaking), Is.True);
        Assert.That(MarkdownReport.RenderVendor(diff), Does.Contain("| **yes** | operation removed | `POST /connections` | CreateConnection |"));
        // The overlay still names the operation and its types: the build would stop on them.
        Assert.That(diff.Errors, Has.Some.Contains("$.paths['/connections'].post"));
    }

    [Test]
    public void ChangedPropertyTypeIsBreaking()
    {
        using var decart = new VendorFixture("decart");
        decart.Edit(DecartPageFile, """
                    expiresAt:
                      type: string
            """, """
                    expiresAt:
                      type: integer
            """);

        var change = decart.Compare().Changes.Single();

        Assert.That((change.Location, change.Rule, change.Detail, change.Breaking),
            Is.EqualTo(("CreateClientTokenResponse.expiresAt", BreakingRules.TypeChanged, "string → integer(int64); response", true)));
    }

    [Test]
    public void OverlayTargetThatIsGoneIsAnErrorAndTheReportExitsNonZero()
    {
        using var decart = new VendorFixture("decart");
        // Decart renames the schema the overlay names CreateClientTokenResponse.
        decart.Rewrite(DecartPageFile, yaml => yaml.Replace("ClientTokenResponse", "ClientTokenResult", StringComparison.Ordinal));

        var diff = decart.Compare();
        var report = new ChangeReport("HEAD (test)", [diff], string.Empty, [], ApiCompatResult.NotRun("the baseline", "not in this test"));

        Assert.That(diff.Errors.Single(), Does.Contain("target '$.components.schemas.ClientTokenResponse' matches nothing"));
        Assert.That(diff.Errors.Single(), Does.Contain("overlay.yaml action 6"));
        Assert.That(report.HasErrors, Is.True);
        Assert.That(report.ExitCode, Is.Not.EqualTo(0));
        Assert.That(MarkdownReport.Render(report), Does.Contain("- ERROR: "));
        // Without the rename the type keeps the vendor's name, which the report shows as a breaking type change.
        Assert.That(diff.Changes, Has.Some.Matches<SpecChange>(c => c.Rule == BreakingRules.ResponseTypeChanged
            && c.Detail == "CreateClientTokenResponse → ClientTokenResult" && c.Breaking));
    }

    [Test]
    public void ImportingTheSameSpecAgainHasNoDiffAndLeavesTheProvenanceDateAlone()
    {
        using var decart = new VendorFixture("decart");
        var provenance = Path.Combine(decart.After, SpecFolder.ProvenanceFileName);
        var provenanceBefore = File.ReadAllText(provenance);
        var importer = new SpecImporter(decart.AfterSpecsRoot, () => ImportDay);

        var outcome = ImportReview.Run(importer, decart.AfterSpecsRoot, "decart", SpecSource.Parse(DecartPage.Wrap(decart.Text(DecartPageFile)), "page.md"));

        Assert.That(outcome.Imports.Single().Changed, Is.False);
        Assert.That(outcome.Diff.Changes, Is.Empty);
        Assert.That(outcome.Diff.Errors, Is.Empty);
        Assert.That(File.ReadAllText(provenance), Is.EqualTo(provenanceBefore));
        Assert.That(provenanceBefore, Does.Contain("\"imported\": \"2026-11-23\""));
        Assert.That(MarkdownReport.RenderVendor(outcome.Diff), Is.EqualTo("## decart (TokenMint.Decart): no changes\n\n"));
    }

    [Test]
    public void IdenticalFoldersHaveNoChangesForEveryVendor([Values("decart", "deck")] string vendor)
    {
        using var fixture = new VendorFixture(vendor);

        var diff = fixture.Compare();

        Assert.That(diff.Changes, Is.Empty);
        Assert.That(diff.Errors, Is.Empty);
    }

    [Test]
    public void NewVendorFolderReportsEveryOperationAndSchemaAsAdded()
    {
        using var decart = new VendorFixture("decart");

        var diff = VendorComparison.Compare("decart", null, decart.After);

        Assert.That(diff.Breaking, Is.False);
        Assert.That(diff.Changes.Select(c => c.Rule).Distinct(), Is.EquivalentTo(new[] { BreakingRules.OperationAdded, BreakingRules.SchemaAdded }));
        Assert.That(MarkdownReport.Summary(diff.Changes), Is.EqualTo("Operations: 1 added, 0 removed, 0 changed. Schemas: 6 added, 0 removed, 0 changed."));
    }

    [Test]
    public void ImportingANewOperationPageAddsTheOperationAndAsksForItsRetryClass()
    {
        using var decart = new VendorFixture("decart");
        var page = DecartPage.Wrap("""
            openapi: 3.1.0
            info:
              title: Decart API
              version: 1.0.0
            servers: []
            paths:
              /v1/client/tokens/{id}:
                delete:
                  summary: Revoke Client Token
                  operationId: revoke_client_token_v1_client_tokens__id__delete
                  parameters:
                    - name: id
                      in: path
                      required: true
                      schema:
                        type: string
                  responses:
                    '204':
                      description: Revoked

            """).Replace("post /v1/client/tokens", "delete /v1/client/tokens/{id}", StringComparison.Ordinal);
        var importer = new SpecImporter(decart.AfterSpecsRoot, () => ImportDay);

        var outcome = ImportReview.Run(importer, decart.AfterSpecsRoot, "decart", SpecSource.Parse(page, "page.md"));

        Assert.That(Path.GetFileName(outcome.Imports.Single().File), Is.EqualTo("delete-v1-client-tokens-id.yaml"));
        var change = outcome.Diff.Changes.Single();
        Assert.That((change.Location, change.Rule, change.Breaking), Is.EqualTo(("DELETE /v1/client/tokens/{id}", BreakingRules.OperationAdded, false)));
        // The build needs a retry class for every operation: the import says so before the build does.
        Assert.That(outcome.Diff.Errors.Single(), Does.Contain("DELETE /v1/client/tokens/{id} has no x-tokenmint-retry"));
    }
}
