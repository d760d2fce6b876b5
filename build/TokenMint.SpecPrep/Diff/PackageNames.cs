namespace TokenMint.SpecPrep.Diff;

/// <summary>The NuGet package a vendor folder becomes: specs/decart → TokenMint.Decart (as build/Generation.targets names it).</summary>
public static class PackageNames
{
    public const string Core = "TokenMint.Core";

    public static string ForVendor(string vendorFolder) => "TokenMint." + Naming.PascalCase(vendorFolder);
}
