using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.Decart;
using TokenMint.Deck;
using TokenMint.Oneloop;
using TokenMint.Trackstar;

namespace TokenMint.FaultTests.Support;

/// <summary>Applies test settings to a client's options.</summary>
public delegate T Configure<T>(T options, Action<T>? more = null)
    where T : ClientOptions;

/// <summary>Each vendor's token-minting call, so one test can run against all four clients.</summary>
public sealed class Vendor
{
    private readonly Func<Uri, string, Func<ClientOptions, ClientOptions>, Task> _mint;

    private Vendor(string name, string okJson, string credentialHeader, Func<Uri, string, Func<ClientOptions, ClientOptions>, Task> mint)
    {
        Name = name;
        OkJson = okJson;
        CredentialHeader = credentialHeader;
        _mint = mint;
    }

    public string Name { get; }

    /// <summary>A success body the vendor's response type accepts.</summary>
    public string OkJson { get; }

    /// <summary>The header that carries the vendor's credential.</summary>
    public string CredentialHeader { get; }

    public static Vendor Deck { get; } = new("Deck", "{\"link_token\": \"link-ok\"}", "x-deck-secret", (uri, key, fast) =>
        new DeckClient((DeckClientOptions)fast(new DeckClientOptions { ClientId = "id", Secret = key, BaseUri = uri })).CreateLinkTokenAsync(new TokenMint.Deck.CreateLinkTokenRequest()));

    public static Vendor Oneloop { get; } = new("Oneloop", "{\"token\": \"olt-ok\", \"expiresAt\": 1763903600123}", "authorization", (uri, key, fast) =>
        new OneloopClient((OneloopClientOptions)fast(new OneloopClientOptions { ApiKey = key, BaseUri = uri }))
            .GenerateLinkTokenAsync(new GenerateLinkTokenRequest { CustomerId = "c", WorkspaceId = "w" }));

    public static Vendor Trackstar { get; } = new("Trackstar", "{\"link_token\": \"ts-ok\"}", "x-trackstar-api-key", (uri, key, fast) =>
        new TrackstarClient((TrackstarClientOptions)fast(new TrackstarClientOptions { ApiKey = key, BaseUri = uri }))
            .CreateLinkTokenAsync(new TokenMint.Trackstar.CreateLinkTokenRequest()));

    public static Vendor Decart { get; } = new("Decart", "{\"apiKey\": \"ek-ok\", \"expiresAt\": \"2026-11-23T15:01:00Z\"}", "x-api-key", (uri, key, fast) =>
        new DecartClient((DecartClientOptions)fast(new DecartClientOptions { ApiKey = key, BaseUri = uri }))
            .CreateClientTokenAsync(new CreateClientTokenRequest { ExpiresIn = 60 }));

    /// <summary>Calls the vendor's minting operation against <paramref name="baseUri"/> with <paramref name="credential"/>.</summary>
    public Task MintAsync(Configure<ClientOptions> fast, Uri baseUri, string credential) => _mint(baseUri, credential, options => fast(options));

    public override string ToString() => Name;
}

public static class Vendors
{
    public static IEnumerable<TestCaseData> All()
    {
        foreach (var vendor in new[] { Vendor.Deck, Vendor.Oneloop, Vendor.Trackstar, Vendor.Decart })
            yield return new TestCaseData(vendor).SetArgDisplayNames(vendor.Name);
    }
}
