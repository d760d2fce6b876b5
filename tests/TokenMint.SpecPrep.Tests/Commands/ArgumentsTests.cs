using NUnit.Framework;
using TokenMint.SpecPrep.Commands;

namespace TokenMint.SpecPrep.Tests.Commands;

public class ArgumentsTests
{
    [Test]
    public void PositionalsSkipOptionValues()
    {
        var args = new Arguments(["decart", "--name", "x.yaml", "page.md", "--force"], "--name", "--specs");

        Assert.That(args.Positional, Is.EqualTo(new[] { "decart", "page.md" }));
        Assert.That(args.Option("--name"), Is.EqualTo("x.yaml"));
        Assert.That(args.Flag("--force"), Is.True);
        Assert.That(args.Option("--specs"), Is.Null);
    }

    [TestCase(new[] { "--base", "HEAD", "--changelog" }, null)]
    [TestCase(new[] { "--changelog", "--base", "HEAD" }, null)]
    [TestCase(new[] { "--changelog", "docs/CHANGES.md", "--base", "HEAD" }, "docs/CHANGES.md")]
    public void ChangelogTakesAnOptionalPath(string[] raw, string? path)
    {
        var args = new Arguments(raw, "--base", "--out", "--changelog");

        Assert.That(args.Flag("--changelog"), Is.True);
        Assert.That(args.Option("--changelog"), Is.EqualTo(path));
        Assert.That(args.Option("--base"), Is.EqualTo("HEAD"));
    }
}
