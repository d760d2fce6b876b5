using System;
using System.IO;
using System.Linq;
using TokenMint.SpecPrep;
using TokenMint.SpecPrep.Commands;

// Entry point for the build (prepare) and for maintainers (update, or its steps: import, public-api, report).
try
{
    return args.FirstOrDefault() switch
    {
        "prepare" when args.Length is 3 or 5 => Prepare(args[1], args[2], args.Length == 5 ? (args[3], args[4]) : null),
        "update" => UpdateCommand.Run(new Arguments(args[1..], UpdateCommand.OptionsWithValues)),
        "import" => ImportCommand.Run(new Arguments(args[1..], ImportCommand.OptionsWithValues)),
        "public-api" => PublicApiCommand.Run(new Arguments(args[1..])),
        "new-vendor" => NewVendorCommand.Run(new Arguments(args[1..], NewVendorCommand.OptionsWithValues)),
        "report" => ReportCommand.Run(new Arguments(args[1..], ReportCommand.OptionsWithValues)),
        "check-upstream" => CheckUpstreamCommand.Run(new Arguments(args[1..], CheckUpstreamCommand.OptionsWithValues)),
        _ => Usage(),
    };
}
catch (SpecException error)
{
    // One "error :" prefix: MSBuild reads it as the error (the prepare step runs inside the build), a person as plain text.
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
          specprep update <vendor> <page>... [--base HEAD] [--changelog [CHANGELOG.md]] [--force] [--name file.yaml] [--no-apicompat]
              import, regenerate, update src/<Package>/PublicAPI.Unshipped.txt (additions and removals), print the change report
          specprep import <vendor> <page>... [--name file.yaml] [--force] [--specs folder]
              a page is a docs page (.md), a .yaml/.json document or an https URL; pages of one vendor land together;
              writes specs/<vendor>/<operation>.yaml verbatim (a page whose operation moved replaces its old file),
              updates provenance.json, prints the vendor's change report
          specprep new-vendor <id> <page>... --name <PascalName>
              adds a vendor: specs/<id>/ (pages, provenance, an overlay of safe defaults, vendor.json), src/TokenMint.<PascalName>/,
              its Generated.sln entry, generated code and PublicAPI files; prints what to decide
          specprep public-api [<package or vendor>...]
              builds, then deletes PublicAPI lines of removed APIs (RS0017) and declares new ones (RS0016)
          specprep report --base <git revision> [--out artifacts/change-report.md] [--changelog [CHANGELOG.md]] [--no-build] [--no-apicompat]
              compares specs/ at the revision with the working tree; exits 1 when an overlay action matches nothing
          specprep check-upstream [--vendor <id>] [--from <folder or base URL>] [--timeout <s>] [--changelog] [--no-build] [--list]
              reads each vendored page from its recorded URL (or the mirror), imports what changed, writes
              artifacts/spec-watch/<vendor>.md; exits 0 unchanged, 2 changed, 1 error (the weekly spec-watch workflow)
          specprep prepare <specs/vendor folder> <output.json> [<Vendor>Spec.g.cs <Vendor>]
              (the build's step) merge, normalize, apply the overlay; write the servers and security schemes
        """);
    return 2;
}
