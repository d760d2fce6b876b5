using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NUnit.Framework;
using TokenMint.FaultTests.Support;
using TokenMint.Tests.Support;

namespace TokenMint.FaultTests;

/// <summary>
/// Credentials are written into headers unparsed, so a line break in one would split the header, or the request: they are
/// trimmed at their ends and checked for anything else that cannot go into a header, at construction and at DI start.
/// </summary>
public class CredentialTests : FaultTest
{
    /// <summary>Values no header can carry, built around the test's key, and where the first bad character is.</summary>
    private static readonly (string Label, string Value, int Position)[] Unsendable =
    [
        ("a CRLF then an injected header", $"{ApiKey}\r\nX-Injected: 1", ApiKey.Length),
        ("a CRLF CRLF then a second request", $"{ApiKey}\r\n\r\nGET /other HTTP/1.1", ApiKey.Length),
        ("a line feed inside", $"{ApiKey}\n{ApiKey}", ApiKey.Length),
        ("a tab inside, after trimmed spaces", $"  {ApiKey}\tx", ApiKey.Length + 2),
        ("a trailing NUL", $"{ApiKey}\0", ApiKey.Length),
        ("a DEL inside", $"{ApiKey}\u007fx", ApiKey.Length),
        ("a non-ASCII letter first", $"\u00e9{ApiKey}", 0),
        ("a no-break space inside", $"{ApiKey}\u00a0x", ApiKey.Length),
    ];

    public static IEnumerable<TestCaseData> UnsendableCredentials() =>
        from credential in Vendor.List.SelectMany(v => v.Credentials)
        from bad in Unsendable
        select new TestCaseData(credential, bad.Value, bad.Position).SetArgDisplayNames(credential.OptionName, bad.Label);

    public static IEnumerable<TestCaseData> CredentialsFromEachSource() =>
        from credential in Vendor.List.SelectMany(v => v.Credentials)
        from source in new[] { "options", "environment" }
        select new TestCaseData(credential, source == "environment").SetArgDisplayNames(credential.OptionName, source);

    [TestCaseSource(nameof(CredentialsFromEachSource))]
    public async Task ACredentialEndingInANewlineIsSentTrimmedAndTheNextCallOnTheConnectionGetsItsOwnAnswer(CredentialSetting credential, bool fromEnvironment)
    {
        var vendor = credential.Vendor;
        // Each answer names the call it answers; a request the client did not mean to send is answered "stray".
        await using var server = new RawHttpServer(request => vendor.TokenJson(request.Header("x-call") is { } call ? "call-" + call : "stray"));
        // As `echo key > file` or a Kubernetes secret file gives it: a trailing newline (and here, in options, a leading space).
        using var environment = new EnvironmentVariable(credential.EnvironmentVariable, fromEnvironment ? ApiKey + "\n" : null);
        var client = vendor.Create(Fast(credential.Options(server.BaseUri, fromEnvironment ? null : " " + ApiKey + "\r\n")));

        var first = await vendor.MintAsync(client, Call(1));
        var second = await vendor.MintAsync(client, Call(2));

        Assert.That(new[] { first, second }, Is.EqualTo(new[] { "call-1", "call-2" }));
        Assert.That(server.Requests.Select(r => r.Values(credential.Header).Single()), Is.EqualTo(new[] { credential.OnTheWire(ApiKey), credential.OnTheWire(ApiKey) }));
        Assert.That(server.Connections, Is.EqualTo(1), "both calls went over one connection");
    }

    [TestCaseSource(nameof(UnsendableCredentials))]
    public async Task ACredentialThatCannotBeSentFailsConstructionNamingTheOptionAndPositionButNotTheValue(CredentialSetting credential, string value, int position)
    {
        await using var server = new RawHttpServer(_ => credential.Vendor.OkJson);

        var error = Assert.Throws<InvalidCredentialException>(() => credential.Vendor.Create(Fast(credential.Options(server.BaseUri, value))))!;

        Assert.That(error.OptionName, Is.EqualTo(credential.OptionName));
        Assert.That(error.ParamName, Is.EqualTo(credential.OptionName));
        Assert.That(error.Position, Is.EqualTo(position));
        Assert.That(error.Message, Does.Contain(credential.OptionName).And.Contain($"position {position}"));
        AssertShowsNoneOf(error.ToString(), value);
        Assert.That(server.Requests, Is.Empty);
    }

    [TestCaseSource(typeof(Vendors), nameof(Vendors.Credentials))]
    public void ACredentialFromTheEnvironmentThatCannotBeSentFailsConstructionNamingTheOptionAndTheVariable(CredentialSetting credential)
    {
        var value = $"{ApiKey}\r\nX-Injected: 1";
        using var environment = new EnvironmentVariable(credential.EnvironmentVariable, value);

        var error = Assert.Throws<InvalidCredentialException>(() => credential.Vendor.Create(Fast(credential.Options(new Uri("http://127.0.0.1:1/"), null))))!;

        Assert.That(error.Message, Does.Contain(credential.OptionName).And.Contain(credential.EnvironmentVariable).And.Contain($"position {ApiKey.Length}"));
        AssertShowsNoneOf(error.ToString(), value);
    }

    [TestCaseSource(typeof(Vendors), nameof(Vendors.Credentials))]
    public void ACredentialThatCannotBeSentFailsTheHostsStartNamingTheOptionNotTheValue(CredentialSetting credential)
    {
        var value = $"{ApiKey}\r\n\r\nGET /other HTTP/1.1";
        using var host = new HostBuilder()
            .ConfigureServices(services => credential.Vendor.Register(services, o => credential.Fill(o, new Uri("http://127.0.0.1:1/"), value)))
            .Build();

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync())!;

        Assert.That(error.Message, Does.Contain(credential.OptionName).And.Contain($"position {ApiKey.Length}"));
        AssertShowsNoneOf(error.ToString(), value);
    }

    [TestCaseSource(typeof(Vendors), nameof(Vendors.All))]
    public void ABaseUriWithUserInfoFailsConstructionAndIsShownNowhere(Vendor vendor)
    {
        var options = Fast(vendor.Options(new Uri($"https://proxy-user:{Secret}@proxy.example.com/api"), ApiKey));

        var error = Assert.Throws<ArgumentException>(() => vendor.Create(options))!;

        Assert.That(error.ParamName, Is.EqualTo(vendor.OptionsName + ".BaseUri"));
        Assert.That(error.Message, Does.Contain("user info"));
        AssertShowsNoneOf(error.ToString(), Secret, "proxy-user");
        Assert.That(options.ToString(), Does.Contain("https://***@proxy.example.com/api"));
        AssertShowsNoneOf(options.ToString(), Secret, "proxy-user");
    }

    [TestCaseSource(typeof(Vendors), nameof(Vendors.All))]
    public void ABaseUriWithUserInfoFailsTheHostsStartWithoutShowingIt(Vendor vendor)
    {
        using var host = new HostBuilder()
            .ConfigureServices(services => vendor.Register(services, o => vendor.Fill(o, new Uri($"https://proxy-user:{Secret}@proxy.example.com/"), ApiKey)))
            .Build();

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync())!;

        Assert.That(error.Message, Does.Contain(vendor.OptionsName + ".BaseUri").And.Contain("user info"));
        AssertShowsNoneOf(error.ToString(), Secret, "proxy-user");
    }

    private static RequestOptions Call(int number) => new() { Headers = { ["x-call"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture) } };

    // The text shows neither the value nor any part of it that a reader could take for a secret or an injected line.
    private static void AssertShowsNoneOf(string text, params string[] values)
    {
        foreach (var value in values)
            foreach (var part in value.Split(['\r', '\n', '\t', '\0', '\u007f', '\u00a0', '\u00e9', ' '], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length > 3))
                Assert.That(text, Does.Not.Contain(part));
    }
}
