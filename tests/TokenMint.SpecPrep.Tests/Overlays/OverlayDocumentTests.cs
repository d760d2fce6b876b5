using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Overlays;

namespace TokenMint.SpecPrep.Tests.Overlays;

public class OverlayDocumentTests
{
    [Test]
    public void TitleComesFromTheOverlayInfo()
    {
        var overlay = OverlayDocument.Parse("""
            overlay: 1.0.0
            info:
              title: TokenMint corrections to the Deck API spec
              version: 1.0.0
            actions:
              - target: $.info
                description: Retitle.
                update:
                  title: Deck
            """, "overlay.yaml");

        Assert.That(overlay.Title, Is.EqualTo("TokenMint corrections to the Deck API spec"));
        Assert.That(overlay.Actions, Has.Count.EqualTo(1));
    }

    [Test]
    public void MissingOverlayVersionThrows()
    {
        var error = Assert.Throws<SpecException>(() => OverlayDocument.Parse("""
            info:
              title: No version
            actions:
              - target: $.info
                description: Retitle.
                update:
                  title: Deck
            """, "specs/deck/overlay.yaml"));

        Assert.That(error!.Message, Does.Contain("specs/deck/overlay.yaml"));
        Assert.That(error.Message, Does.Contain("'overlay: 1.x' is required"));
    }

    [Test]
    public void UnsupportedOverlayVersionThrows()
    {
        Assert.Throws<SpecException>(() => OverlayDocument.Parse("""
            overlay: 2.0.0
            actions:
              - target: $.info
                description: Retitle.
                update:
                  title: Deck
            """, "overlay.yaml"));
    }

    [TestCase("overlay: 1.0.0\n")]
    [TestCase("overlay: 1.0.0\nactions: []\n")]
    public void OverlayWithoutActionsThrows(string yaml)
    {
        var error = Assert.Throws<SpecException>(() => OverlayDocument.Parse(yaml, "overlay.yaml"));

        Assert.That(error!.Message, Does.Contain("non-empty 'actions'"));
    }

    [Test]
    public void ActionsApplyInOrderSoALaterActionSeesAnEarlierOne()
    {
        var document = Documents.Parse("""
            info:
              title: Pets
            """);
        var overlay = OverlayDocument.Parse("""
            overlay: 1.0.0
            actions:
              - target: $.info
                description: Add the contact.
                update:
                  contact:
                    name: Support
              - target: $.info.contact
                description: Add its email.
                update:
                  email: support@example.com
            """, "overlay.yaml");

        overlay.ApplyTo(document);

        Documents.AssertEquivalent("""
            info:
              title: Pets
              contact:
                name: Support
                email: support@example.com
            """, document);
    }

    [Test]
    public void UnmatchedActionsListsTheDeadActionsWithoutModifyingTheDocument()
    {
        var document = Documents.Parse("""
            info:
              title: Pets
            components:
              schemas:
                Pet:
                  type: object
            """);
        var original = document.DeepClone();
        var overlay = OverlayDocument.Parse("""
            overlay: 1.0.0
            actions:
              - target: $.components.schemas.Pet
                description: Live.
                update:
                  x-tokenmint-name: Animal
              - target: $.components.schemas.Cat
                description: Dead, the vendor removed Cat.
                remove: true
              - target: $.info
                description: Live, adds the contact.
                update:
                  contact:
                    name: Support
              - target: $.info.contact
                description: Live, but only after the action before it.
                update:
                  email: support@example.com
              - target: $.paths
                description: Dead, there are no paths.
                remove: true
            """, "overlay.yaml");

        var unmatched = overlay.UnmatchedActions(document);

        Assert.That(unmatched.Select(a => a.Target), Is.EqualTo(new[] { "$.components.schemas.Cat", "$.paths" }));
        Assert.That(JToken.DeepEquals(original, document), Is.True, "UnmatchedActions changed the document.");
    }

    [Test]
    public void UnmatchedActionsIsEmptyWhenEveryActionMatches()
    {
        var overlay = OverlayDocument.Parse("""
            overlay: 1.0.0
            actions:
              - target: $.info
                description: Retitle.
                update:
                  title: Cats
            """, "overlay.yaml");

        Assert.That(overlay.UnmatchedActions(Documents.Parse("info: {title: Pets}")), Is.Empty);
    }
}
