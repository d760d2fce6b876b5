using System.Linq;
using NUnit.Framework;
using TokenMint.FactoryLoggingTests.Support;
using TokenMint.Testing;

namespace TokenMint.FactoryLoggingTests;

/// <summary>The hand-written vendor cases (Support/VendorCase.cs) are the vendors of specs/*/vendor.json, so a new vendor's factory logging is checked too.</summary>
public class VendorListTests
{
    [Test]
    public void TheFactoryLoggingTestsCoverExactlyTheVendorsOfSpecs() =>
        Assert.That(VendorCase.All().Select(data => data.Arguments[0]!.ToString()).Order(), Is.EqualTo(VendorList.Names.Order()),
            "tests/TokenMint.FactoryLoggingTests/Support/VendorCase.cs should have one case per specs/*/vendor.json.");
}
