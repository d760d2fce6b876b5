using System.IO;
using System.Linq;
using System.Reflection;
using NUnit.Framework;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Tests.Diff;

/// <summary>Runs NSwag the way build/Generation.targets does (same dotnet-nswag.dll, nswag.json and templates) on a prepared spec.</summary>
internal static class NSwagGeneration
{
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "nswag.json")))
                    return dir.FullName;
            throw new DirectoryNotFoundException("No nswag.json above the test directory.");
        }
    }

    /// <summary>Prepares <paramref name="vendorFolder"/> and returns the generated models file's text.</summary>
    public static string Models(string vendorFolder, string vendor, string workFolder)
    {
        Directory.CreateDirectory(workFolder);
        var input = Path.Combine(workFolder, "prepared.json");
        JsonOutput.Write(input, SpecPreparer.Prepare(vendorFolder));
        Run(input, vendor, workFolder);
        return File.ReadAllText(Path.Combine(workFolder, $"{vendor}Models.g.cs"));
    }

    /// <summary>Generates &lt;Vendor&gt;Client.g.cs and &lt;Vendor&gt;Models.g.cs into <paramref name="outputFolder"/> from a prepared spec.</summary>
    public static void Run(string preparedSpec, string vendor, string outputFolder)
    {
        var nswag = Path.Combine(NSwagDir, "dotnet-nswag.dll");
        var variables = $"Input={preparedSpec},ClientName={vendor}Client,Namespace=TokenMint.{vendor},ClientOutput={Path.Combine(outputFolder, $"{vendor}Client.g.cs")},"
            + $"ContractsOutput={Path.Combine(outputFolder, $"{vendor}Models.g.cs")},TemplateDirectory={Path.Combine(RepoRoot, "build", "templates")}";
        var result = ProcessRunner.Run("dotnet", [nswag, "run", Path.Combine(RepoRoot, "nswag.json"), $"/variables:{variables}"], RepoRoot);
        Assert.That(result.ExitCode, Is.Zero, result.Tail());
    }

    private static string NSwagDir =>
        typeof(NSwagGeneration).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NSwagDir").Value!;
}
