using NUnit.Framework;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Tests.Report;

/// <summary>Which package a changed file belongs to, so a package whose code did not change is never called breaking.</summary>
public class ChangedCodeTests
{
    [TestCase("src/TokenMint.Decart/DecartClient.cs", "TokenMint.Decart", true)]
    [TestCase("src/TokenMint.Decart/DecartClient.cs", "TokenMint.Core", false)]
    [TestCase("generated/Decart/DecartModels.g.cs", "TokenMint.Decart", true)]
    [TestCase("generated/Deck/DeckModels.g.cs", "TokenMint.Decart", false)]
    [TestCase("specs/decart/post-v1-client-tokens.yaml", "TokenMint.Decart", true)]
    [TestCase("specs/decart/overlay.yaml", "TokenMint.Core", false)]
    [TestCase("src/TokenMint.Core/Http/ClientBase.cs", "TokenMint.Core", true)]
    [TestCase("src/Directory.Build.props", "TokenMint.Core", true)]
    [TestCase("src/Vendor.props", "TokenMint.Deck", true)]
    [TestCase("README.md", "TokenMint.Core", false)]
    public void AFileCountsForThePackageItBuilds(string path, string package, bool touches)
    {
        Assert.That(new ChangedCode([path]).Touches(package), Is.EqualTo(touches));
    }

    [Test]
    public void NothingChangedTouchesNoPackage()
    {
        Assert.That(new ChangedCode(["", "\n"]).Touches("TokenMint.Core"), Is.False);
    }
}
