using System.IO;
using TokenMint.SpecPrep.Vendors;
using TokenMint.SpecPrep.Wire;

namespace TokenMint.SpecPrep;

/// <summary>
/// What the build's prepare step writes for one vendor, before NSwag runs: the effective spec, the spec constants, and the
/// client wiring, options and dependency-injection code.
/// </summary>
public static class PrepareStep
{
    /// <param name="vendorFolder">specs/&lt;vendor&gt;.</param>
    /// <param name="output">The effective spec NSwag reads (obj/prepared/&lt;vendor&gt;.json).</param>
    /// <param name="specConstants">
    /// generated/&lt;Vendor&gt;/&lt;Vendor&gt;Spec.g.cs and the vendor's C# name (checked against vendor.json); the client wiring,
    /// options and DI code go beside it. Null writes only the JSON.
    /// </param>
    public static void Run(string vendorFolder, string output, (string File, string Vendor)? specConstants)
    {
        var document = SpecPreparer.Prepare(vendorFolder);
        var folderName = Path.GetFileName(Path.GetFullPath(vendorFolder).TrimEnd(Path.DirectorySeparatorChar));
        // The build generates a client from this file, so every operation must carry a retry class.
        RetryClassification.Check(document, folderName);
        // Base URLs and auth headers, which NSwag's client template cannot see; beside them, the client wiring, options and DI
        // code that differ between vendors only in names, summary, credentials and headers (specs/<vendor>/vendor.json).
        if (specConstants is { } constants)
        {
            var vendor = VendorManifest.Read(vendorFolder);
            if (vendor.Name != constants.Vendor)
                throw new SpecException($"specs/{folderName}/{VendorManifest.FileName} names the vendor {vendor.Name}, but the build generates {constants.Vendor}.");
            var folder = Path.GetDirectoryName(Path.GetFullPath(constants.File))!;
            SpecConstants.Write(constants.File, SpecConstants.Render(document, constants.Vendor, folderName));
            SpecConstants.Write(Path.Combine(folder, VendorCode.OptionsFileName(vendor.Name)), VendorCode.Options(vendor, document));
            SpecConstants.Write(Path.Combine(folder, VendorCode.RegistrationFileName(vendor.Name)), VendorCode.Registration(vendor, document));
            SpecConstants.Write(Path.Combine(folder, VendorCode.WiringFileName(vendor.Name)), VendorCode.Wiring(vendor));
        }
        JsonOutput.Write(output, document);
    }
}
