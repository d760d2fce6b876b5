using System.IO;
using System.Linq;
using System.Xml.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Report;
using TokenMint.SpecPrep.Tests.Diff;

namespace TokenMint.SpecPrep.Tests;

/// <summary>
/// The tool must build and run whatever state specs/ and generated/ are in, so the tool's project never generates; generation is
/// its own project, which the vendor projects reference. And its errors reach MSBuild once, not as "error : error :".
/// </summary>
public class BuildLayoutTests
{
    private static XDocument Project(string relativePath) => XDocument.Load(Path.Combine(NSwagGeneration.RepoRoot, relativePath));

    private static string[] Imports(XDocument project) => project.Descendants("Import").Select(i => (string)i.Attribute("Project")!).ToArray();

    private static string[] References(XDocument project, string item) =>
        project.Descendants(item).Select(i => Path.GetFileName((string)i.Attribute("Include")!)).ToArray();

    [Test]
    public void ToolProjectDoesNotGenerate()
    {
        var tool = Project("build/TokenMint.SpecPrep/TokenMint.SpecPrep.csproj");

        Assert.That(Imports(tool), Has.None.Contains("Generation.targets"));
        Assert.That(References(tool, "PackageReference"), Has.None.EqualTo("NSwag.MSBuild"));
    }

    [Test]
    public void GenerationProjectRunsGenerationAfterBuildingTheTool()
    {
        var generation = Project("build/TokenMint.Generation/TokenMint.Generation.csproj");

        Assert.That(Imports(generation), Has.One.EqualTo("../Generation.targets"));
        Assert.That(References(generation, "ProjectReference"), Is.EqualTo(new[] { "TokenMint.SpecPrep.csproj" }));
    }

    [Test]
    public void VendorProjectsReferenceGenerationNotTheTool()
    {
        var vendor = Project("src/Vendor.props");

        Assert.That(References(vendor, "ProjectReference"), Does.Contain("TokenMint.Generation.csproj").And.Not.Contain("TokenMint.SpecPrep.csproj"));
    }

    [Test]
    public void PrepareStepLetsMsBuildReadTheToolsErrorLineAsIs()
    {
        var exec = Project("build/Generation.targets").Descendants("Exec").Single(e => ((string)e.Attribute("Command")!).Contains(" prepare "));

        // A custom error pattern makes MSBuild log the whole line as the message: "error : error : …".
        Assert.That(exec.Attribute("CustomErrorRegularExpression"), Is.Null);
    }

    [Test]
    public void ToolPrintsOneErrorPrefixWithTheFileLineAndColumn()
    {
        using var folder = new TempFolder();
        folder.Write("vendor/post-x.yaml", "openapi: 3.1.0\ninfo:\n  title: [X\n");
        var tool = Path.Combine(TestContext.CurrentContext.TestDirectory, "TokenMint.SpecPrep.dll");

        var result = ProcessRunner.Run("dotnet", ["exec", tool, "prepare", Path.Combine(folder.Path, "vendor"), Path.Combine(folder.Path, "out.json")], folder.Path);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.StartWith($"error : {Path.Combine(folder.Path, "vendor", "post-x.yaml")}, line 4, column 1: not valid YAML or JSON: "));
        Assert.That(result.Error, Does.Not.Contain("error : error"));
    }
}
