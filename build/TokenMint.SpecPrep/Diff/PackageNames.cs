using System.IO;
using TokenMint.SpecPrep.Vendors;

namespace TokenMint.SpecPrep.Diff;

/// <summary>The NuGet package a vendor folder becomes: specs/decart → TokenMint.Decart (the name its vendor.json declares).</summary>
public static class PackageNames
{
    public const string Core = "TokenMint.Core";

    /// <summary>
    /// TokenMint.&lt;Name&gt; for specs/&lt;id&gt;/vendor.json's name; for a folder without one (generated/&lt;Name&gt;, or a vendor
    /// that exists only at a base revision) TokenMint.&lt;the folder in PascalCase&gt;.
    /// </summary>
    public static string ForVendor(string vendorFolder)
    {
        var specs = SpecsFolder();
        if (specs is not null && File.Exists(Path.Combine(specs, vendorFolder, VendorManifest.FileName)))
            return VendorManifest.Read(Path.Combine(specs, vendorFolder)).Package;
        return "TokenMint." + Naming.PascalCase(vendorFolder);
    }

    private static string? SpecsFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "nswag.json")))
                return Path.Combine(dir.FullName, "specs");
        return null;
    }
}
