using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;

namespace TokenMint.Samples.Tests.TokenBroker;

/// <summary>What each vendor's mock answers, per the vendor's spec: the test data of the per-vendor tests.</summary>
internal static class VendorCases
{
    /// <summary>Vendor, whether its response carries an expiry, a documented error status and the error code its mock sends then.</summary>
    public static readonly (string Vendor, bool GivesExpiry, int ErrorStatus, string? ErrorCode)[] All =
    [
        ("deck", false, 400, "DATA_SOURCE_NOT_FOUND"),   // ErrorResponse.error_code: the enum's first value
        ("oneloop", true, 400, "1"),                     // ErrorResponse.error.code: the smallest number above 0
        ("trackstar", false, 422, "mock-error"),         // ValidationError.error: text without an example
        ("decart", true, 422, null),                     // HttpValidationError has no code
    ];

    public static IEnumerable<TestCaseData> Vendors() => All.Select(c => new TestCaseData(c.Vendor).SetArgDisplayNames(c.Vendor));

    public static IEnumerable<TestCaseData> Expiries() =>
        All.Select(c => new TestCaseData(c.Vendor, c.GivesExpiry).SetArgDisplayNames(c.Vendor));

    public static IEnumerable<TestCaseData> ErrorStatuses() =>
        All.Select(c => new TestCaseData(c.Vendor, c.ErrorStatus).SetArgDisplayNames(c.Vendor));

    public static IEnumerable<TestCaseData> Refusals() =>
        All.Select(c => new TestCaseData(c.Vendor, c.ErrorStatus, c.ErrorCode).SetArgDisplayNames(c.Vendor));
}
