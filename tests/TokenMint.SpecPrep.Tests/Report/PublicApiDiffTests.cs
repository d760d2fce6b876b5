using System.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Tests.Report;

public class PublicApiDiffTests
{
    private const string Diff = """
        diff --git a/src/TokenMint.Decart/PublicAPI.Unshipped.txt b/src/TokenMint.Decart/PublicAPI.Unshipped.txt
        index 1111111..2222222 100644
        --- a/src/TokenMint.Decart/PublicAPI.Unshipped.txt
        +++ b/src/TokenMint.Decart/PublicAPI.Unshipped.txt
        @@ -20,6 +20,8 @@ TokenMint.Decart.CreateClientTokenResponse.ExpiresAt.get -> string!
         TokenMint.Decart.CreateClientTokenResponse.Permissions.set -> void
        +TokenMint.Decart.CreateClientTokenResponse.Token.get -> string?
        +TokenMint.Decart.CreateClientTokenResponse.Token.set -> void
        -TokenMint.Decart.CreateClientTokenResponse.ExpiresAt.set -> void
        diff --git a/src/TokenMint.Deck/PublicAPI.Shipped.txt b/src/TokenMint.Deck/PublicAPI.Shipped.txt
        --- a/src/TokenMint.Deck/PublicAPI.Shipped.txt
        +++ b/src/TokenMint.Deck/PublicAPI.Shipped.txt
        @@ -1 +1,2 @@
         #nullable enable
        +TokenMint.Deck.DeckClient
        diff --git a/src/TokenMint.Deck/PublicAPI.Unshipped.txt b/src/TokenMint.Deck/PublicAPI.Unshipped.txt
        --- a/src/TokenMint.Deck/PublicAPI.Unshipped.txt
        +++ b/src/TokenMint.Deck/PublicAPI.Unshipped.txt
        @@ -1,2 +1 @@
         #nullable enable
        -TokenMint.Deck.DeckClient
        """;

    [Test]
    public void AddedAndRemovedLinesAreCountedPerPackage()
    {
        var decart = PublicApiDiff.Parse(Diff).Single(p => p.Package == "TokenMint.Decart");

        Assert.That(decart.Added, Is.EqualTo(new[]
        {
            "TokenMint.Decart.CreateClientTokenResponse.Token.get -> string?",
            "TokenMint.Decart.CreateClientTokenResponse.Token.set -> void",
        }));
        Assert.That(decart.Removed, Is.EqualTo(new[] { "TokenMint.Decart.CreateClientTokenResponse.ExpiresAt.set -> void" }));
        Assert.That(decart.Breaking, Is.True);
    }

    [Test]
    public void LineMovedFromUnshippedToShippedIsNoChange()
    {
        Assert.That(PublicApiDiff.Parse(Diff).Select(p => p.Package), Is.EqualTo(new[] { "TokenMint.Decart" }));
    }

    [Test]
    public void EmptyDiffHasNoPackages()
    {
        Assert.That(PublicApiDiff.Parse(string.Empty), Is.Empty);
    }
}
