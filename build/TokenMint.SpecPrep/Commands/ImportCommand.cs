using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using TokenMint.SpecPrep.Import;
using TokenMint.SpecPrep.Report;

namespace TokenMint.SpecPrep.Commands;

/// <summary><c>import &lt;vendor&gt; &lt;page.md | spec.yaml | spec.json | https://url&gt;</c>: vendors the page, then prints what changed.</summary>
public static class ImportCommand
{
    public static int Run(Arguments args)
    {
        if (args.Positional.Count != 2)
            throw new SpecException("import needs <vendor> and <page.md | spec.yaml | spec.json | https://url>.");
        var (vendor, origin) = (args.Positional[0], args.Positional[1]);
        var specs = args.Option("--specs") ?? RepoRoot.Relative(Path.Combine(RepoRoot.Find(), "specs"));
        var source = SpecSource.Parse(Read(origin), origin);
        var importer = new SpecImporter(specs, () => DateOnly.FromDateTime(DateTime.UtcNow));
        var outcome = ImportReview.Run(importer, specs, vendor, source, args.Option("--name"), args.Flag("--force"));
        Console.WriteLine(outcome.Import.Changed ? $"Imported {outcome.Import.File}" : $"Unchanged {outcome.Import.File}");
        Console.WriteLine();
        Console.Write(MarkdownReport.RenderVendor(outcome.Diff));
        if (outcome.Diff.HasErrors)
        {
            Console.Error.WriteLine($"error : the page was imported, but specs/{vendor} will not build until the errors above are fixed.");
            return 1;
        }
        if (outcome.Import.Changed)
            Console.WriteLine("""
                Next: dotnet build Generated.sln   (regenerates generated/; on RS0016/RS0017 run: bash build/update-public-api.sh)
                then: dotnet run --project build/TokenMint.SpecPrep -- report --base HEAD --changelog
                """);
        return 0;
    }

    private static string Read(string origin)
    {
        if (!origin.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !origin.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return File.Exists(origin) ? File.ReadAllText(origin) : throw new SpecException($"{origin}: no such file.");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            return http.GetStringAsync(new Uri(origin)).GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            throw new SpecException($"{origin}: cannot download: {error.Message}");
        }
    }
}
