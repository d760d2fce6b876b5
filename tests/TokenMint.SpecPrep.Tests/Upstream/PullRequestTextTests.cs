using System.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Upstream;

namespace TokenMint.SpecPrep.Tests.Upstream;

/// <summary>The pull request's title carries the verdict; its body fits GitHub's limit.</summary>
public class PullRequestTextTests
{
    [TestCase("**breaking**", "deck: spec changed upstream (breaking)")]
    [TestCase("not breaking, behaviour change", "deck: spec changed upstream (not breaking, behaviour change)")]
    public void TitleNamesTheVendorAndItsVerdict(string verdict, string title) =>
        Assert.That(PullRequestText.Title("deck", verdict), Is.EqualTo(title));

    [Test]
    public void BodyWithinTheLimitIsKeptWhole()
    {
        var body = string.Concat(Enumerable.Repeat("| no | property added | `X` |\n", 10));

        Assert.That(PullRequestText.Fit(body, limit: body.Length), Is.EqualTo(body));
    }

    [Test]
    public void LongBodyIsCutAtALineSayingWhereTheWholeReportIs()
    {
        var line = "| no | property added, optional | `CreateClientTokenResponse.token` | string; response |\n";
        var body = string.Concat(Enumerable.Repeat(line, 2000));

        var fitted = PullRequestText.Fit(body, PullRequestText.BodyLimit);

        Assert.That(fitted.Length, Is.LessThanOrEqualTo(PullRequestText.BodyLimit));
        Assert.That(fitted, Does.EndWith("|\n\n… (cut to fit a pull request body: the whole report is in the workflow job's log and its spec-watch artifact)\n"));
        Assert.That(body, Does.StartWith(fitted.Substring(0, fitted.IndexOf("\n\n…", System.StringComparison.Ordinal) + 1)), "Whole lines of the report, from its start.");
    }
}
