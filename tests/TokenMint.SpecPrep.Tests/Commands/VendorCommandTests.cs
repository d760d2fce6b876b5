using System;
using System.IO;
using NUnit.Framework;
using TokenMint.SpecPrep.Commands;
using TokenMint.SpecPrep.Tests.Diff;

namespace TokenMint.SpecPrep.Tests.Commands;

/// <summary>
/// import and update on the command line, in a scratch folder holding nswag.json and a copy of specs/decart and specs/deck: a
/// mistyped vendor is refused before anything is written, and errors name the file as it was given.
/// </summary>
[NonParallelizable]
public class VendorCommandTests
{
    private TempFolder _repo = null!;
    private string _previousDirectory = null!;

    [SetUp]
    public void CreateRepository()
    {
        _repo = new TempFolder();
        _repo.Write("nswag.json", "{}\n");
        foreach (var vendor in new[] { "decart", "deck" })
        {
            using var fixture = new VendorFixture(vendor);
            foreach (var file in Directory.GetFiles(fixture.Before))
                _repo.Write(Path.Combine("specs", vendor, Path.GetFileName(file)), File.ReadAllText(file));
        }
        _repo.Write("pages/decart.md", Documents.Fixture("Import/Fixtures/decart-create-client-token.md"));
        _repo.Write("pages/malformed.md", Documents.Fixture("Import/Fixtures/decart-malformed.md"));
        _previousDirectory = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_repo.Path);
    }

    [TearDown]
    public void DeleteRepository()
    {
        Directory.SetCurrentDirectory(_previousDirectory);
        _repo.Dispose();
    }

    private static int Run(string command, params string[] args)
    {
        var (output, error) = (Console.Out, Console.Error);
        Console.SetOut(new StringWriter());
        Console.SetError(new StringWriter());
        try
        {
            return command switch
            {
                "import" => ImportCommand.Run(new Arguments(args, ImportCommand.OptionsWithValues)),
                "update" => UpdateCommand.Run(new Arguments(args, UpdateCommand.OptionsWithValues)),
                _ => throw new ArgumentOutOfRangeException(nameof(command)),
            };
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }
    }

    [TestCase("import")]
    [TestCase("update")]
    public void MistypedVendorIsRefusedListingTheKnownVendorsAndHowToAddOne(string command)
    {
        var error = Assert.Throws<SpecException>(() => Run(command, "decartt", "pages/decart.md"));

        Assert.That(error!.Message, Is.EqualTo(
            "unknown vendor 'decartt' (did you mean 'decart'?). Known vendors: decart, deck. Vendors are added with: "
            + "dotnet run --project build/TokenMint.SpecPrep -- new-vendor <id> <page> --name <PascalName>"));
        Assert.That(Directory.Exists(Path.Combine(_repo.Path, "specs", "decartt")), Is.False);
    }

    [Test]
    public void VendorFarFromEveryKnownOneGetsNoSuggestion()
    {
        var error = Assert.Throws<SpecException>(() => Run("import", "acme", "pages/decart.md"));

        Assert.That(error!.Message, Does.StartWith("unknown vendor 'acme'. Known vendors: decart, deck."));
    }

    [Test]
    public void MalformedPageIsNamedAsGivenWithTheLineAndColumnInThatFile()
    {
        var before = File.ReadAllText(Path.Combine(_repo.Path, "specs", "decart", "post-v1-client-tokens.yaml"));

        var error = Assert.Throws<SpecException>(() => Run("import", "decart", "pages/malformed.md"));

        Assert.That(error!.Message, Does.StartWith("pages/malformed.md, line 24, column 26: not valid YAML or JSON: "));
        Assert.That(File.ReadAllText(Path.Combine(_repo.Path, "specs", "decart", "post-v1-client-tokens.yaml")), Is.EqualTo(before));
    }

    [Test]
    public void PageThatIsNotOpenApiIsNamedAsGiven()
    {
        _repo.Write("pages/swagger.yaml", "swagger: '2.0'\ninfo:\n  title: Decart API\n");

        var error = Assert.Throws<SpecException>(() => Run("import", "decart", "pages/swagger.yaml"));

        Assert.That(error!.Message, Does.StartWith("pages/swagger.yaml: not an OpenAPI 3.0 or 3.1 document"));
    }

    [Test]
    public void ImportOfAKnownVendorsPageRecordsThePagesOwnUrl()
    {
        var exitCode = Run("import", "decart", "pages/decart.md");

        Assert.That(exitCode, Is.Zero);
        Assert.That(File.ReadAllText(Path.Combine(_repo.Path, "specs", "decart", SpecFolder.ProvenanceFileName)),
            Does.Contain($"\"source\": \"{DecartPage.PageUrl}\""));
    }

    [Test]
    public void UpdateStopsBeforeBuildingWhenTheImportedPagesWouldNotBuild()
    {
        // A new operation without a retry class: generation would stop, so update says so and builds nothing.
        _repo.Write("pages/revoke.md", Documents.Fixture("Import/Fixtures/decart-create-client-token.md")
            .Replace("post /v1/client/tokens", "delete /v1/client/tokens/{id}", StringComparison.Ordinal)
            .Replace("  /v1/client/tokens:\n    post:", "  /v1/client/tokens/{id}:\n    delete:", StringComparison.Ordinal)
            .Replace("summary: Create Client Token", "summary: Revoke Client Token", StringComparison.Ordinal));

        var exitCode = Run("update", "decart", "pages/revoke.md");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(File.Exists(Path.Combine(_repo.Path, "specs", "decart", "delete-v1-client-tokens-id.yaml")), Is.True, "The page stays imported.");
        Assert.That(Directory.Exists(Path.Combine(_repo.Path, "artifacts")), Is.False, "Nothing was built or reported.");
    }
}
