using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using TokenMint.Decart;
using TokenMint.Deck;
using TokenMint.Oneloop;
using TokenMint.Trackstar;

namespace TokenMint.FactoryLoggingTests.Support;

/// <summary>A vendor's AddXxxClient with distinctive credentials, and its token-minting call through DI.</summary>
public sealed class VendorCase
{
    private VendorCase(string name, string cannedResponse, IReadOnlyDictionary<string, string> sentHeaders, string[] secrets,
        Func<IServiceCollection, Uri, IHttpClientBuilder> register, Func<IServiceProvider, RequestOptions?, Task> mint)
    {
        Name = name;
        CannedResponse = cannedResponse;
        SentHeaders = sentHeaders;
        Secrets = secrets;
        Register = register;
        Mint = mint;
    }

    public string Name { get; }

    /// <summary>A success body, from the wire tests' Canned folders.</summary>
    public string CannedResponse { get; }

    /// <summary>Each credential header and the value the server must receive in it.</summary>
    public IReadOnlyDictionary<string, string> SentHeaders { get; }

    /// <summary>The configured credential values: none may appear in any log text.</summary>
    public string[] Secrets { get; }

    /// <summary>Calls AddXxxClient with the credentials and <c>BaseUri</c>, one attempt per call.</summary>
    public Func<IServiceCollection, Uri, IHttpClientBuilder> Register { get; }

    /// <summary>Resolves the client's interface and mints a token.</summary>
    public Func<IServiceProvider, RequestOptions?, Task> Mint { get; }

    public static VendorCase Deck { get; } = new("Deck", "Deck/Canned/link-token.json",
        new Dictionary<string, string> { ["x-deck-client-id"] = "deck-client-4417", ["x-deck-secret"] = "deck-secret-93c1" },
        ["deck-client-4417", "deck-secret-93c1"],
        (services, uri) => services.AddDeckClient(o => { o.ClientId = "deck-client-4417"; o.Secret = "deck-secret-93c1"; o.BaseUri = uri; o.MaxRetries = 0; }),
        (provider, request) => provider.GetRequiredService<IDeckClient>().CreateLinkTokenAsync(new TokenMint.Deck.CreateLinkTokenRequest(), request));

    public static VendorCase Oneloop { get; } = new("Oneloop", "Oneloop/Canned/link-token.json",
        new Dictionary<string, string> { ["Authorization"] = "Bearer ol-key-58d2" },
        ["ol-key-58d2"],
        (services, uri) => services.AddOneloopClient(o => { o.ApiKey = "ol-key-58d2"; o.BaseUri = uri; o.MaxRetries = 0; }),
        (provider, request) => provider.GetRequiredService<IOneloopClient>().GenerateLinkTokenAsync(new GenerateLinkTokenRequest { CustomerId = "c", WorkspaceId = "w" }, request));

    public static VendorCase Trackstar { get; } = new("Trackstar", "Trackstar/Canned/link-token.json",
        new Dictionary<string, string> { ["x-trackstar-api-key"] = "trk-5e7a9c" },
        ["trk-5e7a9c"],
        (services, uri) => services.AddTrackstarClient(o => { o.ApiKey = "trk-5e7a9c"; o.BaseUri = uri; o.MaxRetries = 0; }),
        (provider, request) => provider.GetRequiredService<ITrackstarClient>().CreateLinkTokenAsync(new TokenMint.Trackstar.CreateLinkTokenRequest(), request));

    public static VendorCase Decart { get; } = new("Decart", "Decart/Canned/client-token.json",
        new Dictionary<string, string> { ["x-api-key"] = "dct-key-2b6f" },
        ["dct-key-2b6f"],
        (services, uri) => services.AddDecartClient(o => { o.ApiKey = "dct-key-2b6f"; o.BaseUri = uri; o.MaxRetries = 0; }),
        (provider, request) => provider.GetRequiredService<IDecartClient>().CreateClientTokenAsync(new CreateClientTokenRequest { ExpiresIn = 60 }, request));

    public static IEnumerable<TestCaseData> All() =>
        new[] { Deck, Oneloop, Trackstar, Decart }.Select(v => new TestCaseData(v).SetArgDisplayNames(v.Name));

    public string ReadCannedResponse() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Canned", CannedResponse));

    public override string ToString() => Name;
}
