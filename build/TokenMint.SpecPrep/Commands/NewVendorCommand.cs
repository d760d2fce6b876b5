using System;
using System.IO;
using System.Linq;
using TokenMint.SpecPrep.Import;
using TokenMint.SpecPrep.PublicApi;
using TokenMint.SpecPrep.Report;
using TokenMint.SpecPrep.Vendors;

namespace TokenMint.SpecPrep.Commands;

/// <summary>
/// <c>new-vendor &lt;id&gt; &lt;page&gt;… --name &lt;PascalName&gt;</c>: adds a vendor in one step. Writes its files (<see cref="VendorScaffold"/>),
/// adds its project to Generated.sln, generates its client, records its public API, and prints what a person must decide, with
/// the safe default taken until then. The tree then builds and packs as it is.
/// </summary>
public static class NewVendorCommand
{
    public static readonly string[] OptionsWithValues = ["--name"];

    public static int Run(Arguments args)
    {
        if (args.Positional.Count < 2 || args.Option("--name") is not { } name)
            throw new SpecException("new-vendor needs <id> (the specs/ folder: lower case, hyphens), one or more <page.md | spec.yaml | spec.json | https://url> "
                + "and --name <PascalName> (TokenMint.<PascalName>, <PascalName>Client).");
        var root = RepoRoot.Find();
        var log = ReportCommand.Progress("new-vendor");
        var id = args.Positional[0];
        // Every page is read and parsed before any file is written.
        var pages = args.Positional.Skip(1).Select(origin => SpecSource.Parse(ImportCommand.Read(origin), origin)).ToList();

        var scaffold = VendorScaffold.Run(root, id, name, pages, () => DateOnly.FromDateTime(DateTime.UtcNow));
        log($"wrote specs/{id}/ and src/{scaffold.Vendor.Package}/");
        if (!Build(root, scaffold, log))
            return 1;

        Console.WriteLine($"""

            {scaffold.Vendor.Package} builds and packs. Until someone decides, it runs on the safe defaults below; decide each, then
            rebuild (dotnet build Generated.sln; bash build/update-public-api.sh when the public API changed):

            """);
        foreach (var item in scaffold.Checklist)
            Console.WriteLine($"  [ ] {item}");
        return 0;
    }

    /// <summary>Generated.sln gains the project; the build generates generated/&lt;Name&gt;/; the PublicAPI files record its API.</summary>
    public static bool Build(string root, VendorScaffold.Result scaffold, Action<string> log)
    {
        var project = Path.GetRelativePath(root, scaffold.Project);
        var steps = new (string What, string[] Arguments)[]
        {
            ("adding the project to Generated.sln", ["sln", "Generated.sln", "add", "--solution-folder", "src", project]),
            ($"generating generated/{scaffold.Vendor.Name}/", ["build", Path.Combine("build", "TokenMint.Generation", "TokenMint.Generation.csproj"), "-c", "Release", "-nologo", "-v:q"]),
        };
        foreach (var (what, arguments) in steps)
        {
            log(what);
            var result = ProcessRunner.Run("dotnet", arguments, root);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"error : {what} failed; the files are written, fix and run the step again (dotnet {string.Join(" ", arguments)}):\n{result.BuildErrors()}");
                return false;
            }
        }
        return PublicApiCommand.Apply(root, [scaffold.Project], log, PublicApiUpdater.NewestFramework(root));
    }
}
