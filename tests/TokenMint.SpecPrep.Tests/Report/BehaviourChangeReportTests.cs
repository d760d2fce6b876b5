using NUnit.Framework;
using TokenMint.SpecPrep.Changelog;
using TokenMint.SpecPrep.Diff;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Tests.Report;

/// <summary>A change that breaks no code but changes what the SDK does is shown as such: in the verdict, the vendor's table, the legend and the CHANGELOG.</summary>
public class BehaviourChangeReportTests
{
    private static readonly SpecChange HostMoved = SpecChange.Of(ChangeArea.Server, "servers", "servers[0] (default)", BreakingRules.ServerMoved,
        "https://api.decart.ai → https://api2.decart.ai: requests go to a new host", Direction.Both);

    private static ChangeReport Report() => new(
        "HEAD (005b719e519b)", [new VendorDiff("decart", [HostMoved], [])], string.Empty, [], ApiCompatResult.NotRun("0.1.0", "not in this test"));

    [Test]
    public void AMovedHostIsNotBreakingButABehaviourChangeInTheVerdictAndTheVendorsTable()
    {
        var markdown = MarkdownReport.Render(Report());

        Assert.That(markdown, Does.Contain("| TokenMint.Decart | not breaking, behaviour change | 1 (0) | +0 / −0 | not run |"));
        Assert.That(markdown, Does.Contain("### decart (TokenMint.Decart): not breaking, behaviour change"));
        Assert.That(markdown, Does.Contain("| behaviour | server moved | `servers[0] (default)` | https://api.decart.ai → https://api2.decart.ai: requests go to a new host |"));
    }

    [Test]
    public void TheLegendSaysWhereEachWireRuleBreaksOrChangesBehaviour()
    {
        var markdown = MarkdownReport.Render(Report());

        Assert.That(markdown, Does.Contain("| server moved | behaviour | behaviour | behaviour change: requests go to a new host"));
        Assert.That(markdown, Does.Contain("| constraint tightened | behaviour | no | behaviour change: more requests rejected before the network"));
        Assert.That(markdown, Does.Contain("| auth scheme changed | yes | yes | breaking on the wire:"));
        Assert.That(markdown, Does.Contain("constraints in responses"));
    }

    [Test]
    public void TheChangelogEntrySaysBehaviourChange()
    {
        var changelog = ChangelogWriter.AddUnreleased("# Changelog\n\n## Unreleased\n\n## 0.1.0\n", ChangelogEntries.From(Report()));

        Assert.That(changelog, Does.Contain("""
            ### TokenMint.Decart

            - **Behaviour change:** Decart spec: server moved `servers[0] (default)` (https://api.decart.ai → https://api2.decart.ai: requests go to a new host).
            """));
    }
}
