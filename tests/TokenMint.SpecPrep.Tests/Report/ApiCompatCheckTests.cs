using NUnit.Framework;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Tests.Report;

public class ApiCompatCheckTests
{
    private const string Left = "/repo/artifacts/api-baseline/0.1.0-005b719e519b/TokenMint.Decart/net8.0/TokenMint.Decart.dll";
    private const string Right = "/repo/src/TokenMint.Decart/bin/Release/net8.0/TokenMint.Decart.dll";

    [Test]
    public void DifferencesAreTheCpLinesWithShortAssemblyNames()
    {
        var output = $"""
            API compatibility errors between '{Left}' (left) and '{Right}' (right):
            CP0002: Member 'TokenMint.Decart.CreateClientTokenResponse.ExpiresAt.get' exists on {Left} but not on {Right}
            API breaking changes found. If those are intentional, the APICompat suppression file can be updated by specifying the '--generate-suppression-file' parameter.
            """;

        var differences = ApiCompatCheck.Differences(new ProcessResult(1, output, string.Empty), Left, Right);

        Assert.That(differences, Is.EqualTo(new[] { "CP0002: Member 'TokenMint.Decart.CreateClientTokenResponse.ExpiresAt.get' exists on baseline but not on current" }));
    }

    [Test]
    public void CompatibleAssembliesHaveNoDifferences()
    {
        var result = new ProcessResult(0, "APICompat ran successfully without finding any breaking changes.\n", string.Empty);

        Assert.That(ApiCompatCheck.Differences(result, Left, Right), Is.Empty);
    }

    [Test]
    public void FailureWithoutDifferencesIsReportedNotHidden()
    {
        var result = new ProcessResult(1, string.Empty, "Unhandled exception: could not load the assembly");

        Assert.That(ApiCompatCheck.Differences(result, Left, Right), Is.EqualTo(new[] { "apicompat failed: Unhandled exception: could not load the assembly" }));
    }
}
