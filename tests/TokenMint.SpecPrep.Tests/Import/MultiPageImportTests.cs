using System;
using System.IO;
using System.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Import;
using TokenMint.SpecPrep.Tests.Diff;

namespace TokenMint.SpecPrep.Tests.Import;

/// <summary>
/// Deck renames its secret header on both of its pages. Each page alone no longer merges with the other, so both must land in
/// one import; a refused page leaves the vendor's folder exactly as it was.
/// </summary>
public class MultiPageImportTests
{
    private static readonly DateOnly ImportDay = new(2027, 2, 1);

    private static SpecSource Page(string fixture, string find = "name: x-deck-secret", string replace = "name: x-deck-api-secret") =>
        SpecSource.Parse(VendorFixture.Replaced(Documents.Fixture($"Import/Fixtures/{fixture}"), find, replace), fixture);

    private static SpecSource LinkTokenPage() => Page("deck-create-an-sdk-token.md");

    private static SpecSource ConnectionPage() => Page("deck-create-a-connection.md");

    private static ImportReview.Outcome Import(VendorFixture deck, params SpecSource[] pages) =>
        ImportReview.Run(new SpecImporter(deck.AfterSpecsRoot, () => ImportDay), deck.AfterSpecsRoot, "deck", pages);

    [Test]
    public void ChangeSpanningTwoPagesLandsTogetherAndMerges()
    {
        using var deck = new VendorFixture("deck");

        var outcome = Import(deck, LinkTokenPage(), ConnectionPage());

        Assert.That(outcome.Imports.Select(i => (Path.GetFileName(i.File), i.Changed)), Is.EqualTo(new[]
        {
            ("post-link-token-create.yaml", true),
            ("post-connections.yaml", true),
        }));
        Assert.That(outcome.Diff.Errors, Is.Empty, "Both pages carry the new scheme, so the vendor merges.");
        Assert.That(deck.Text("post-link-token-create.yaml"), Does.Contain("name: x-deck-api-secret"));
        Assert.That(deck.Text("post-connections.yaml"), Does.Contain("name: x-deck-api-secret"));
    }

    [Test]
    public void OnlyOneOfTwoPagesThatChangeTogetherNoLongerMerges()
    {
        using var deck = new VendorFixture("deck");

        var outcome = Import(deck, LinkTokenPage());

        Assert.That(outcome.Diff.Errors.Single(), Does.Contain("components.securitySchemes.secret conflicts"));
    }

    [Test]
    public void RefusedPageLeavesTheFolderAsItWasEvenAfterAnotherPageWasWritten()
    {
        using var deck = new VendorFixture("deck");
        var before = Directory.GetFiles(deck.After).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        var otherApi = Page("deck-create-a-connection.md", "  title: Deck API", "  title: Another API");

        var error = Assert.Throws<SpecException>(() => Import(deck, LinkTokenPage(), otherApi));

        Assert.That(error!.Message, Does.StartWith("deck-create-a-connection.md: the document's title 'Another API' is not deck's"));
        Assert.That(Directory.GetFiles(deck.After).ToDictionary(f => Path.GetFileName(f), File.ReadAllText), Is.EqualTo(before));
    }

    [Test]
    public void SamePageTwiceInOneImportIsRefused()
    {
        using var deck = new VendorFixture("deck");

        var error = Assert.Throws<SpecException>(() => Import(deck, LinkTokenPage(), LinkTokenPage()));

        Assert.That(error!.Message, Does.Contain("also post-link-token-create.yaml"));
        Assert.That(deck.Text("post-link-token-create.yaml"), Does.Contain("name: x-deck-secret"), "Nothing was written.");
    }
}
