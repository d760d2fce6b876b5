using NUnit.Framework;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Tests.Report;

public class ProcessResultTests
{
    [Test]
    public void BuildErrorsAreEachErrorOnceThoughMSBuildRepeatsThemInItsSummary()
    {
        const string error = "/repo/generated/Decart/DecartModels.g.cs(109,32): error RS0016: Symbol 'Token.get' is not part of the declared public API";
        var result = new ProcessResult(1, $"  {error}\n\nBuild FAILED.\n\n  {error}\n    0 Warning(s)\n    1 Error(s)\n", string.Empty);

        Assert.That(result.BuildErrors(), Is.EqualTo(error));
    }

    [Test]
    public void FailureWithoutErrorLinesShowsTheTail()
    {
        var result = new ProcessResult(1, "line 1\nline 2\n", "MSBUILD : fatal: something else\n");

        Assert.That(result.BuildErrors(), Is.EqualTo("line 1\nline 2\n\nMSBUILD : fatal: something else"));
    }
}
