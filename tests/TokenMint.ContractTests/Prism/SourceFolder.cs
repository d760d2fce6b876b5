using System;
using System.IO;

namespace TokenMint.ContractTests.Prism;

/// <summary>Finds the repository and this project's source folder from the test assembly's location.</summary>
public static class SourceFolder
{
    /// <summary>The folder holding Generated.sln, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>tests/TokenMint.ContractTests in the repository: where package.json and node_modules live.</summary>
    public static string ContractTests { get; } = Path.Combine(RepositoryRoot, "tests", "TokenMint.ContractTests");

    /// <summary>The absolute path of a file given relative to the repository root with forward slashes.</summary>
    public static string InRepository(string relativePath) =>
        Path.Combine(RepositoryRoot, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Generated.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No folder holding Generated.sln above the test assembly ({AppContext.BaseDirectory}).");
    }
}
