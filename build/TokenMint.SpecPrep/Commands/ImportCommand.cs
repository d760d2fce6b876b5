using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using TokenMint.SpecPrep.Import;
using TokenMint.SpecPrep.Report;
using TokenMint.SpecPrep.Upstream;

namespace TokenMint.SpecPrep.Commands;

/// <summary>
/// <c>import &lt;vendor&gt; &lt;page&gt;…</c>: vendors one or more pages of a known vendor together, then prints what changed in its
/// effective spec. Pages are docs pages (markdown with one ````yaml fence), raw .yaml/.json documents or https URLs.
/// </summary>
public static class ImportCommand
{
    public static readonly string[] OptionsWithValues = ["--name", "--specs"];

    public static int Run(Arguments args)
    {
        var (vendor, outcome) = ImportAndPrint(args, "import");
        if (outcome.Diff.HasErrors)
        {
            Console.Error.WriteLine($"error : the pages were imported, but specs/{vendor} will not build until the errors above are fixed.");
            return 1;
        }
        if (outcome.Changed)
            Console.WriteLine($"""
                Next, all at once: dotnet run --project build/TokenMint.SpecPrep -- update {vendor} {string.Join(" ", args.Positional.Skip(1))}
                or step by step:   dotnet build Generated.sln; bash build/update-public-api.sh; dotnet run --project build/TokenMint.SpecPrep -- report --base HEAD --changelog
                """);
        return 0;
    }

    /// <summary>Imports the pages named on the command line and prints each file written, and the vendor's change table.</summary>
    /// <param name="changes">Whether to print the change table; its errors are printed in any case.</param>
    public static (string Vendor, ImportReview.Outcome Outcome) ImportAndPrint(Arguments args, string command, bool changes = true)
    {
        if (args.Positional.Count < 2)
            throw new SpecException($"{command} needs <vendor> and one or more <page.md | spec.yaml | spec.json | https://url>.");
        var vendor = args.Positional[0];
        var specs = args.Option("--specs") ?? RepoRoot.Relative(Path.Combine(RepoRoot.Find(), "specs"));
        KnownVendors.Require(specs, vendor);
        // Every page is read and parsed before any file is written.
        var sources = args.Positional.Skip(1).Select(origin => SpecSource.Parse(Read(origin), origin)).ToList();
        var importer = new SpecImporter(specs, () => DateOnly.FromDateTime(DateTime.UtcNow));
        var outcome = ImportReview.Run(importer, specs, vendor, sources, args.Option("--name"), args.Flag("--force"));
        foreach (var result in outcome.Imports)
            Print(result);
        Console.WriteLine();
        if (changes || outcome.Diff.HasErrors)
            Console.Write(MarkdownReport.RenderVendor(outcome.Diff));
        return (vendor, outcome);
    }

    private static void Print(SpecImporter.Result result)
    {
        var file = RepoRoot.Relative(result.File);
        Console.WriteLine(result.Changed ? $"Imported {file}" : $"Unchanged {file}");
        if (result.Move is not { } move)
            return;
        Console.WriteLine($"  {move} (the same page, {move.PageUrl}: replaces {move.FromFile})");
        if (move.OperationMoved)
            Console.WriteLine($"  overlay: {move.OverlayTargetsMoved} action(s) now target {SpecImporter.PageMove.Key(move.ToOperation!)} instead of {SpecImporter.PageMove.Key(move.FromOperation!)}");
    }

    internal static string Read(string origin)
    {
        if (!UpstreamLocations.IsUrl(origin))
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
