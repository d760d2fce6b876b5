using System;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Diff;
using TokenMint.SpecPrep.Import;
using TokenMint.SpecPrep.Tests.Diff;

namespace TokenMint.SpecPrep.Tests.Import;

/// <summary>
/// A vendor moves an operation (POST /link/token/create → POST /link/token) on the same docs page: import recognises the page by
/// its URL, replaces its file, moves the overlay's actions with it, and the report calls it a move, not a removal plus an addition.
/// </summary>
public class PageMoveTests
{
    private const string OldFile = "post-link-token-create.yaml";
    private const string NewFile = "post-link-token.yaml";
    private const string PageUrl = "https://docs.deck.co/api-reference/auth-sdk/create-an-sdk-token";
    private static readonly DateOnly ImportDay = new(2027, 2, 1);

    private static SpecSource MovedPage() => SpecSource.Parse(
        Documents.Fixture("Import/Fixtures/deck-create-an-sdk-token.md")
            .Replace("post /link/token/create", "post /link/token", StringComparison.Ordinal)
            .Replace("\n  /link/token/create:\n", "\n  /link/token:\n", StringComparison.Ordinal),
        "deck-create-an-sdk-token.md");

    private static ImportReview.Outcome Import(VendorFixture deck, SpecSource page) =>
        ImportReview.Run(new SpecImporter(deck.AfterSpecsRoot, () => ImportDay), deck.AfterSpecsRoot, "deck", page);

    [Test]
    public void MovedOperationReplacesThePagesFileAndKeepsItsUrlInProvenance()
    {
        using var deck = new VendorFixture("deck");

        var result = Import(deck, MovedPage()).Imports.Single();

        Assert.That(Path.GetFileName(result.File), Is.EqualTo(NewFile));
        Assert.That(File.Exists(Path.Combine(deck.After, OldFile)), Is.False, "The old file is replaced, not left beside the new one.");
        Assert.That(result.Move, Is.Not.Null);
        Assert.That(result.Move!.ToString(), Is.EqualTo("operation moved: POST /link/token/create → POST /link/token"));
        Assert.That(result.Move.PageUrl, Is.EqualTo(PageUrl));
        var files = (JObject)JObject.Parse(deck.Text(SpecFolder.ProvenanceFileName))["files"]!;
        Assert.That(files.Properties().Select(p => p.Name), Is.EqualTo(new[] { "post-connections.yaml", NewFile }));
        Assert.That((string?)files[NewFile]!["source"], Is.EqualTo(PageUrl));
        Assert.That((string?)files[NewFile]!["operation"], Is.EqualTo("post /link/token"));
        Assert.That((string?)files[NewFile]!["imported"], Is.EqualTo("2027-02-01"));
    }

    [Test]
    public void OverlayActionsFollowTheMovedOperationSoItKeepsItsMethodNameAndRetryClass()
    {
        using var deck = new VendorFixture("deck");

        var move = Import(deck, MovedPage()).Imports.Single().Move!;

        Assert.That(move.OverlayTargetsMoved, Is.EqualTo(2));
        Assert.That(deck.Text(SpecPreparer.OverlayFileName), Does.Not.Contain("$.paths['/link/token/create']"));
        var operation = SpecPreparer.Prepare(deck.After)["paths"]!["/link/token"]!["post"]!;
        Assert.That((string?)operation["operationId"], Is.EqualTo("CreateLinkToken"));
        Assert.That((string?)operation[RetryClassification.Extension], Is.EqualTo("safe"));
    }

    [Test]
    public void ReportCallsItAMoveThatKeepsTheClientMethodAndFlagsTheWireChange()
    {
        using var deck = new VendorFixture("deck");

        var diff = Import(deck, MovedPage()).Diff;

        Assert.That(diff.Errors, Is.Empty, "No unclassified 'new' operation, no stale overlay action.");
        var change = diff.Changes.Single();
        Assert.That(change.Rule, Is.EqualTo(BreakingRules.OperationMoved));
        Assert.That(change.Location, Is.EqualTo("POST /link/token/create → POST /link/token"));
        Assert.That(change.Detail, Is.EqualTo("CreateLinkToken; wire change: requests now go to POST /link/token"));
        Assert.That(change.Breaking, Is.False, "Same operationId, same C# method: not an API break.");
    }

    [Test]
    public void ProvenanceWrittenBeforePageUrlsWereKeptStillRecognisesThePage()
    {
        using var deck = new VendorFixture("deck");
        // The record as first written: "source" held the docs index from the page's first line.
        var provenance = JObject.Parse(deck.Text(SpecFolder.ProvenanceFileName));
        foreach (var entry in ((JObject)provenance["files"]!).Properties().Select(p => (JObject)p.Value))
        {
            entry["source"] = "https://docs.deck.co/llms.txt";
            entry.Remove("index");
        }
        File.WriteAllText(Path.Combine(deck.After, SpecFolder.ProvenanceFileName), provenance.ToString());

        var result = Import(deck, MovedPage()).Imports.Single();

        Assert.That(result.Move?.FromFile, Is.EqualTo(OldFile));
        Assert.That(File.Exists(Path.Combine(deck.After, OldFile)), Is.False);
    }

    [Test]
    public void OperationMovedWithANewOperationIdIsARemovalAndAnAddition()
    {
        using var deck = new VendorFixture("deck");
        deck.Rewrite(OldFile, yaml => VendorFixture.Replaced(yaml, "\n  /link/token/create:\n", "\n  /link/token:\n"));
        deck.Edit(SpecPreparer.OverlayFileName, "  - target: $.paths['/link/token/create'].post\n    description: The spec has no operationId",
            "  - target: $.paths['/link/token'].post\n    description: The spec has no operationId");
        deck.Edit(SpecPreparer.OverlayFileName, "      operationId: CreateLinkToken", "      operationId: CreateSdkToken");
        deck.Edit(SpecPreparer.OverlayFileName, "  - target: $.paths['/link/token/create'].post\n    description: \"Retry class",
            "  - target: $.paths['/link/token'].post\n    description: \"Retry class");

        var diff = deck.Compare();

        Assert.That(diff.Changes.Select(c => (c.Rule, c.Breaking)), Is.EquivalentTo(new[]
        {
            (BreakingRules.OperationRemoved, true),
            (BreakingRules.OperationAdded, false),
        }));
    }

    [Test]
    public void PageForAnotherOperationIsNotAMove()
    {
        using var deck = new VendorFixture("deck");
        var connections = Documents.Fixture("Import/Fixtures/deck-create-a-connection.md")
            .Replace("# Create a Connection", "# Close a Connection", StringComparison.Ordinal)
            .Replace("summary: Create a Connection", "summary: Close a Connection", StringComparison.Ordinal)
            .Replace("post /connections", "delete /connections", StringComparison.Ordinal)
            .Replace("\n  /connections:\n    post:\n", "\n  /connections:\n    delete:\n", StringComparison.Ordinal);

        var result = Import(deck, SpecSource.Parse(connections, "close.md")).Imports.Single();

        Assert.That(result.Move, Is.Null);
        Assert.That(Path.GetFileName(result.File), Is.EqualTo("delete-connections.yaml"));
        Assert.That(File.Exists(Path.Combine(deck.After, "post-connections.yaml")), Is.True);
    }
}
