using System;
using System.IO;
using System.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Changelog;
using TokenMint.SpecPrep.Diff;
using TokenMint.SpecPrep.Import;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Tests.Diff;

/// <summary>
/// A vendor moving its host: the SDK's base URLs come from the effective spec's servers, so a move must be reported (a behaviour
/// change: requests go to a new host), reach the CHANGELOG, and need --force on import, whether the host is on the vendor's
/// page (Deck) or added by the overlay because the page lists none (Decart).
/// </summary>
public class ServerChangeTests
{
    private const string DecartPageFile = "post-v1-client-tokens.yaml";
    private static readonly string[] DeckPages = ["post-connections.yaml", "post-link-token-create.yaml"];

    private static void EditDeckPages(VendorFixture deck, string find, string replace)
    {
        foreach (var page in DeckPages)
            deck.Edit(page, find, replace);
    }

    [Test]
    public void DecartHostMovedInTheOverlayIsABehaviourChangeThatReachesTheChangelog()
    {
        using var decart = new VendorFixture("decart");
        decart.Edit("overlay.yaml", "url: https://api.decart.ai", "url: https://api2.decart.ai");

        var diff = decart.Compare();

        var change = diff.Changes.Single();
        Assert.That((change.Area, change.Location, change.Rule), Is.EqualTo((ChangeArea.Server, "servers[0] (default)", BreakingRules.ServerMoved)));
        Assert.That(change.Detail, Is.EqualTo("https://api.decart.ai → https://api2.decart.ai: requests go to a new host"));
        Assert.That((change.Breaking, change.Behaviour, diff.Breaking, diff.Behaviour), Is.EqualTo((false, true, false, true)));
        var markdown = MarkdownReport.RenderVendor(diff);
        Assert.That(markdown, Does.Contain("## decart (TokenMint.Decart): not breaking, behaviour change"));
        Assert.That(markdown, Does.Contain("| behaviour | server moved | `servers[0] (default)` | https://api.decart.ai → https://api2.decart.ai: requests go to a new host |"));
        Assert.That(MarkdownReport.Summary(diff.Changes), Is.EqualTo(
            "Operations: 0 added, 0 removed, 0 changed. Schemas: 0 added, 0 removed, 0 changed. Servers: 1 changed."));
        Assert.That(ChangelogEntries.ForSpecChange("decart", change), Is.EqualTo(
            "**Behaviour change:** Decart spec: server moved `servers[0] (default)` (https://api.decart.ai → https://api2.decart.ai: requests go to a new host)."));
    }

    [Test]
    public void DecartLosingTheOverlaysHostIsBreakingAndAnErrorSinceTheBuildWouldHaveNoBaseUrl()
    {
        using var decart = new VendorFixture("decart");
        decart.Edit("overlay.yaml", """
              - target: $.servers
                description: The spec lists no server; Decart's own SDKs use https://api.decart.ai.
                update:
                  url: https://api.decart.ai

            """, string.Empty);

        var diff = decart.Compare();

        var change = diff.Changes.Single();
        Assert.That((change.Rule, change.Breaking), Is.EqualTo((BreakingRules.ServerRemoved, true)));
        Assert.That(diff.Errors.Single(), Does.Contain("decart: the spec lists no servers"));
    }

    [Test]
    public void DeckLiveHostMovedOnBothPagesSendsRequestsToANewHost()
    {
        using var deck = new VendorFixture("deck");
        EditDeckPages(deck, "url: https://live.deck.co/api/v1", "url: https://eu.live.deck.co/api/v1");

        var change = deck.Compare().Changes.Single();

        Assert.That((change.Location, change.Rule, change.Detail, change.Behaviour), Is.EqualTo(("servers[0] (default)", BreakingRules.ServerMoved,
            "https://live.deck.co/api/v1 → https://eu.live.deck.co/api/v1: requests go to a new host", true)));
    }

    [Test]
    public void DeckSandboxOnANewVersionPathSendsRequestsToANewBasePath()
    {
        using var deck = new VendorFixture("deck");
        EditDeckPages(deck, "url: https://sandbox.deck.co/api/v1", "url: https://sandbox.deck.co/api/v2");

        var change = deck.Compare().Changes.Single();

        Assert.That((change.Location, change.Detail), Is.EqualTo(("servers[1]",
            "https://sandbox.deck.co/api/v1 → https://sandbox.deck.co/api/v2: requests go to a new base path")));
    }

    [Test]
    public void DeckDroppingItsSandboxServerIsBreaking()
    {
        using var deck = new VendorFixture("deck");
        EditDeckPages(deck, "  - url: https://sandbox.deck.co/api/v1\n    description: Deck Sandbox API (Enterprise only)\n", string.Empty);

        var change = deck.Compare().Changes.Single();

        Assert.That((change.Location, change.Rule, change.Detail, change.Breaking), Is.EqualTo(("servers[1]", BreakingRules.ServerRemoved, "https://sandbox.deck.co/api/v1", true)));
    }

    [Test]
    public void ATrailingSlashOrANewDescriptionIsNoMove()
    {
        using var deck = new VendorFixture("deck");
        EditDeckPages(deck, "url: https://live.deck.co/api/v1\n    description: Deck API\n", "url: https://live.deck.co/api/v1/\n    description: Deck live API\n");

        Assert.That(deck.Compare().Changes, Is.Empty);
    }

    [Test]
    public void ImportingADecartPageThatNowListsAServerIsRefusedWithoutForceAndReportedWithIt()
    {
        using var decart = new VendorFixture("decart");
        var pageBefore = decart.Text(DecartPageFile);
        var page = DecartPage.Wrap(VendorFixture.Replaced(pageBefore, "servers: []\n", "servers:\n  - url: https://eu.api.decart.ai\n"));
        var importer = new SpecImporter(decart.AfterSpecsRoot, () => new DateOnly(2027, 2, 1));

        var error = Assert.Throws<SpecException>(() => ImportReview.Run(importer, decart.AfterSpecsRoot, "decart", SpecSource.Parse(page, "page.md")));

        // The overlay's host follows the page's, so the default base URL moves.
        Assert.That(error!.Message, Does.Contain("server moved servers[0] (default): https://api.decart.ai → https://eu.api.decart.ai: requests go to a new host"));
        Assert.That(error.Message, Does.Contain("--force"));
        Assert.That(decart.Text(DecartPageFile), Is.EqualTo(pageBefore), "A refused page is not written.");

        var forced = ImportReview.Run(importer, decart.AfterSpecsRoot, "decart", SpecSource.Parse(page, "page.md"), force: true);
        Assert.That(forced.Diff.Changes.Select(c => (c.Location, c.Rule.Change)), Is.EqualTo(new[]
        {
            ("servers[0] (default)", "server moved"),
            ("servers[1]", "server added"),
        }));
    }

    [Test]
    public void ImportingADeckPageWithTheSameServersIsNotRefused()
    {
        using var deck = new VendorFixture("deck");
        var changes = ServerImportCheck.Changes(deck.After, [("post-connections.yaml", VendorFixture.Replaced(deck.Text("post-connections.yaml"), "    description: Deck API\n", "    description: Deck API (live)\n"))]);

        Assert.That(changes, Is.Empty);
    }

    [Test]
    public void TheFirstPageOfANewVendorHasNoServersToCompareWith()
    {
        using var folder = new TempFolder();

        Assert.That(ServerImportCheck.Changes(Path.Combine(folder.Path, "newvendor"), [("post-x.yaml", "openapi: 3.1.0\nservers:\n  - url: https://x.example\n")]), Is.Empty);
    }
}
