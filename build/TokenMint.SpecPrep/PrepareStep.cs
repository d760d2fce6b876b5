using System.IO;
using TokenMint.SpecPrep.Wire;

namespace TokenMint.SpecPrep;

/// <summary>What the build's prepare step writes for one vendor, before NSwag runs: the effective spec and the spec constants.</summary>
public static class PrepareStep
{
    /// <param name="vendorFolder">specs/&lt;vendor&gt;.</param>
    /// <param name="output">The effective spec NSwag reads (obj/prepared/&lt;vendor&gt;.json).</param>
    /// <param name="specConstants">generated/&lt;Vendor&gt;/&lt;Vendor&gt;Spec.g.cs and the vendor's C# name; null writes only the JSON.</param>
    public static void Run(string vendorFolder, string output, (string File, string Vendor)? specConstants)
    {
        var document = SpecPreparer.Prepare(vendorFolder);
        var folderName = Path.GetFileName(Path.GetFullPath(vendorFolder).TrimEnd(Path.DirectorySeparatorChar));
        // The build generates a client from this file, so every operation must carry a retry class.
        RetryClassification.Check(document, folderName);
        // Base URLs and auth headers, which NSwag's client template cannot see.
        if (specConstants is { } constants)
            SpecConstants.Write(constants.File, SpecConstants.Render(document, constants.Vendor, folderName));
        JsonOutput.Write(output, document);
    }
}
