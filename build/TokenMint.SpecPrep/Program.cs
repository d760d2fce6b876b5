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
        "prepare" when args.Length is 3 or 5 => Prepare(args[1], args[2], args.Length == 5 ? (args[3], args[4]) : null),
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

static int Prepare(string vendorFolder, string output, (string File, string Vendor)? specConstants)
{
    PrepareStep.Run(vendorFolder, output, specConstants);
    Console.WriteLine($"Prepared {Path.GetFileName(vendorFolder)} -> {output}");
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          specprep prepare <specs/vendor folder> <output.json> [<Vendor>Spec.g.cs <Vendor>]
          specprep import <vendor> <page.md | spec.yaml | spec.json | https://url> [--name file.yaml] [--force] [--specs folder]
              writes specs/<vendor>/<operation>.yaml verbatim, updates provenance.json, prints the vendor's change report
          specprep report --base <git revision> [--out artifacts/change-report.md] [--changelog [CHANGELOG.md]] [--no-build] [--no-apicompat]
              compares specs/ at the revision with the working tree; exits 1 when an overlay action matches nothing
        """);
    return 2;
}
