using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.FaultTests.Support;
using TokenMint.Tests.Support;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

/// <summary>What every vendor's options do alike, each a test over the vendor list: credentials, ToString, the base URI.</summary>
public class VendorOptionsTests : FaultTest
{
    public static IEnumerable<TestCaseData> VendorsWithAndWithoutATrailingSlash() =>
        from vendor in Vendor.List
        from slash in new[] { "", "/" }
        select new TestCaseData(vendor, slash).SetArgDisplayNames(vendor.Name, slash.Length == 0 ? "no trailing slash" : "trailing slash");

    [TestCaseSource(typeof(Vendors), nameof(Vendors.All))]
    public async Task EachCredentialComesFromItsEnvironmentVariableWhenTheOptionsLeaveItUnset(Vendor vendor)
    {
        var server = await ServeAsync(Respond(200, vendor.OkJson));
        var options = vendor.NewOptions();
        options.BaseUri = server.BaseUri;

        var environment = vendor.Credentials.Select(c => new EnvironmentVariable(c.EnvironmentVariable, FromEnvironment(c))).ToList();
        try
        {
            await vendor.MintAsync(vendor.Create(Fast(options)));
        }
        finally
        {
            environment.ForEach(variable => variable.Dispose());
        }

        var request = server.Requests.Single();
        foreach (var credential in vendor.Credentials)
            Assert.That(request.Header(credential.Header), Is.EqualTo(credential.OnTheWire(FromEnvironment(credential))), credential.OptionName);
    }

    [TestCaseSource(typeof(Vendors), nameof(Vendors.Credentials))]
    public void ACredentialSetNeitherInTheOptionsNorInTheEnvironmentFailsConstructionNamingBoth(CredentialSetting credential)
    {
        using var environment = new EnvironmentVariable(credential.EnvironmentVariable, null);

        var error = Assert.Throws<MissingCredentialException>(() => credential.Vendor.Create(Fast(credential.Options(new Uri("http://127.0.0.1:1/"), null))))!;

        Assert.That(error.OptionName, Is.EqualTo(credential.OptionName));
        Assert.That(error.Message, Does.Contain(credential.OptionName).And.Contain(credential.EnvironmentVariable));
    }

    [TestCaseSource(typeof(Vendors), nameof(Vendors.All))]
    public void OptionsToStringNamesTheOptionsButNeverShowsTheCredential(Vendor vendor)
    {
        var text = vendor.Options(new Uri("http://127.0.0.1:1/"), ApiKey).ToString();

        Assert.That(text, Does.StartWith(vendor.OptionsName).And.Not.Contain(ApiKey));
    }

    [TestCaseSource(nameof(VendorsWithAndWithoutATrailingSlash))]
    public async Task ACallGoesUnderTheBaseUriKeepingItsPath(Vendor vendor, string slash)
    {
        var server = await ServeAsync(Respond(200, vendor.OkJson));
        var baseUri = new Uri(server.BaseUri, "proxy/" + vendor.Name.ToLowerInvariant() + slash);

        await vendor.MintAsync(vendor.Create(Fast(vendor.Options(baseUri, ApiKey))));

        Assert.That(server.Requests.Single().Path, Is.EqualTo($"/proxy/{vendor.Name.ToLowerInvariant()}/{vendor.MintPath}"));
    }

    [TestCaseSource(typeof(Vendors), nameof(Vendors.All))]
    public void APlainHttpBaseUriIsRefusedUnlessItIsLoopback(Vendor vendor)
    {
        var error = Assert.Throws<ArgumentException>(() => Create(vendor, "http://api.example.com/"))!;

        Assert.That(error.ParamName, Is.EqualTo(vendor.OptionsName + ".BaseUri"));
        Assert.DoesNotThrow(() => Create(vendor, "http://127.0.0.1:5000/"));
        Assert.DoesNotThrow(() => Create(vendor, "http://localhost:5000/"));
    }

    private static string FromEnvironment(CredentialSetting credential) => "env-" + credential.EnvironmentVariable.ToLowerInvariant();

    private void Create(Vendor vendor, string baseUri) => ((IDisposable)vendor.Create(Fast(vendor.Options(new Uri(baseUri), ApiKey)))).Dispose();
}
