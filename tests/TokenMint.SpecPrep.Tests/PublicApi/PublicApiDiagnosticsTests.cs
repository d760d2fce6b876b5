using System.Collections.Generic;
using NUnit.Framework;
using TokenMint.SpecPrep.PublicApi;

namespace TokenMint.SpecPrep.Tests.PublicApi;

/// <summary>What a failed build says about the PublicAPI files, read from its output (a real build's, canned beside this test).</summary>
public class PublicApiDiagnosticsTests
{
    private const string Project = "/repo/src/TokenMint.Decart/TokenMint.Decart.csproj";

    [Test]
    public void RemovedApiIsTheLineRs0017NamesInTheFileItNames()
    {
        var diagnostics = PublicApiDiagnostics.Parse(Documents.Fixture("PublicApi/Fixtures/build-rs0016-rs0017.txt"));

        Assert.That(diagnostics.Removed, Is.EqualTo(new[]
        {
            new RemovedApi("/repo/src/TokenMint.Decart/PublicAPI.Unshipped.txt", "TokenMint.Decart.CreateClientTokenResponse.Gone.get -> string?"),
        }));
    }

    [Test]
    public void NewApisAreCountedOncePerSymbolAcrossTargetFrameworksAndTheSummary()
    {
        var diagnostics = PublicApiDiagnostics.Parse(Documents.Fixture("PublicApi/Fixtures/build-rs0016-rs0017.txt"));

        Assert.That(diagnostics.NewApis, Is.EqualTo(new Dictionary<string, int> { [Project] = 1 }));
        Assert.That(diagnostics.OtherErrors, Is.Empty);
        Assert.That(diagnostics.Any, Is.True);
    }

    [Test]
    public void CompileErrorsAreOtherErrorsNoPublicApiUpdateCanFix()
    {
        var diagnostics = PublicApiDiagnostics.Parse(
            $"/repo/src/TokenMint.Decart/DecartClient.cs(12,5): error CS0103: The name 'Foo' does not exist in the current context [{Project}::TargetFramework=net8.0]\n");

        Assert.That(diagnostics.OtherErrors, Has.Count.EqualTo(1));
        Assert.That(diagnostics.Any, Is.False);
    }
}
