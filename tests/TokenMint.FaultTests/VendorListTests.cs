using System.Linq;
using NUnit.Framework;
using TokenMint.FaultTests.Support;
using TokenMint.Testing;

namespace TokenMint.FaultTests;

/// <summary>
/// The fault tests' vendors (Support/Vendors.cs) are written by hand, since each calls its own client's minting operation;
/// this keeps them the vendors of specs/*/vendor.json, with the same credentials, so a new vendor cannot go untested here.
/// </summary>
public class VendorListTests
{
    [Test]
    public void TheFaultTestsCoverExactlyTheVendorsOfSpecs() =>
        Assert.That(Vendor.List.Select(vendor => vendor.Name).Order(), Is.EqualTo(VendorList.Names.Order()),
            "tests/TokenMint.FaultTests/Support/Vendors.cs should have one Vendor per specs/*/vendor.json.");

    [Test]
    public void EachVendorsCredentialsAreTheOnesItsManifestDeclares()
    {
        foreach (var vendor in Vendor.List)
        {
            var declared = VendorList.All.Single(entry => entry.Name == vendor.Name).Credentials
                .Select(credential => $"{vendor.OptionsName}.{credential.Option} ({credential.EnvironmentVariable})");
            Assert.That(vendor.Credentials.Select(credential => $"{credential.OptionName} ({credential.EnvironmentVariable})"), Is.EqualTo(declared), vendor.Name);
        }
    }
}
