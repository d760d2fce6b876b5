using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using TokenMint.SpecPrep;
using TokenMint.SpecPrep.Import;

// Entry point for the build (prepare) and for maintainers (import).
try
{
    return args.FirstOrDefault() switch
    {
        "prepare" when args.Length == 3 => Prepare(args[1], args[2]),
        "import" when args.Length >= 3 => Import(args.Skip(1).ToArray()),
        _ => Usage(),
    };
}
catch (SpecException error)
{
    // MSBuild shows "error :" lines as build errors.
    Console.Error.WriteLine($"error : {error.Message}");
    return 1;
}

static int Prepare(string vendorFolder, string output)
{
    var document = SpecPreparer.Prepare(vendorFolder);
    // The build generates a client from this file, so every operation must carry a retry class.
    RetryClassification.Check(document, Path.GetFileName(Path.GetFullPath(vendorFolder).TrimEnd(Path.DirectorySeparatorChar)));
    JsonOutput.Write(output, document);
    Console.WriteLine($"Prepared {Path.GetFileName(vendorFolder)} -> {output}");
    return 0;
}

static int Import(string[] args)
{
    var vendor = args[0];
    var origin = args[1];
    string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    var specs = Option("--specs") ?? Path.Combine(FindRepoRoot(), "specs");
    var text = origin.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || origin.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        ? new HttpClient().GetStringAsync(new Uri(origin)).GetAwaiter().GetResult()
        : File.ReadAllText(origin);
    var importer = new SpecImporter(specs, () => DateOnly.FromDateTime(DateTime.UtcNow));
    var result = importer.Import(vendor, SpecSource.Parse(text, origin), Option("--name"), args.Contains("--force"));
    Console.WriteLine(result.Changed ? $"Imported {result.File}" : $"Unchanged {result.File}");
    return 0;
}

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "nswag.json")))
            return dir.FullName;
    throw new SpecException("Run from inside the repository, or pass --specs <folder>.");
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          specprep prepare <specs/vendor folder> <output.json>
          specprep import <vendor> <page.md | spec.yaml | spec.json | https://url> [--name file.yaml] [--force] [--specs folder]
        """);
    return 2;
}
