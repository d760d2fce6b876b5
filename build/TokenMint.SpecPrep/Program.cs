using System;
using System.IO;
using System.Linq;
using TokenMint.SpecPrep;
using TokenMint.SpecPrep.Commands;

// Entry point for the build (prepare) and for maintainers (import, report).
try
{
    return args.FirstOrDefault() switch
    {
        "prepare" when args.Length == 3 => Prepare(args[1], args[2]),
        "import" => ImportCommand.Run(new Arguments(args[1..], "--name", "--specs")),
        "report" => ReportCommand.Run(new Arguments(args[1..], "--base", "--out", "--changelog")),
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

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          specprep prepare <specs/vendor folder> <output.json>
          specprep import <vendor> <page.md | spec.yaml | spec.json | https://url> [--name file.yaml] [--force] [--specs folder]
              writes specs/<vendor>/<operation>.yaml verbatim, updates provenance.json, prints the vendor's change report
          specprep report --base <git revision> [--out artifacts/change-report.md] [--changelog [CHANGELOG.md]] [--no-build] [--no-apicompat]
              compares specs/ at the revision with the working tree; exits 1 when an overlay action matches nothing
        """);
    return 2;
}
