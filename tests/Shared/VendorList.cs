using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace TokenMint.Testing;

/// <summary>One credential of a vendor, as its specs/&lt;id&gt;/vendor.json declares it.</summary>
public sealed record VendorCredential(string Option, string EnvironmentVariable);

/// <summary>One vendor, as its specs/&lt;id&gt;/vendor.json declares it: the folder id, the C# name and the credentials.</summary>
public sealed record VendorEntry(string Id, string Name, IReadOnlyList<VendorCredential> Credentials)
{
    /// <summary>The package and assembly: TokenMint.&lt;Name&gt;.</summary>
    public string Package => "TokenMint." + Name;

    public override string ToString() => Name;
}

/// <summary>
/// The vendor list every test derives from or is checked against: one entry per specs/&lt;id&gt;/vendor.json (shared source,
/// compiled into the test projects that need it). Adding a vendor adds it here with no test edit.
/// </summary>
public static class VendorList
{
    /// <summary>The folder holding Generated.sln, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Every vendor, in ordinal order of its folder id.</summary>
    public static IReadOnlyList<VendorEntry> All { get; } = Read();

    /// <summary>The vendors' C# names.</summary>
    public static IReadOnlyList<string> Names => All.Select(v => v.Name).ToList();

    private static IReadOnlyList<VendorEntry> Read() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot, "specs"), "vendor.json", SearchOption.AllDirectories)
            .Select(path => (Id: Path.GetFileName(Path.GetDirectoryName(path)!), Json: JsonDocument.Parse(File.ReadAllText(path)).RootElement))
            .OrderBy(v => v.Id, StringComparer.Ordinal)
            .Select(v => new VendorEntry(v.Id, v.Json.GetProperty("name").GetString()!, v.Json.GetProperty("credentials").EnumerateArray()
                .Select(c => new VendorCredential(c.GetProperty("option").GetString()!, c.GetProperty("environmentVariable").GetString()!)).ToList()))
            .ToList();

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
