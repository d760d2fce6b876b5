using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using TokenMint.Decart;
using TokenMint.Deck;
using TokenMint.Oneloop;
using TokenMint.Trackstar;

namespace TokenMint.FaultTests.Support;

/// <summary>Applies test settings to a client's options.</summary>
public delegate T Configure<T>(T options, Action<T>? more = null)
    where T : ClientOptions;

/// <summary>
/// Each vendor's client, options, credentials and token-minting call, so one test can run against all four clients.
/// Clients are handled as <see cref="object"/>: a test decides which of their interfaces it relies on.
/// </summary>
public sealed class Vendor
{
    private readonly Func<string, string> _tokenJson;
    private readonly Func<ClientOptions> _newOptions;
    private readonly Func<ClientOptions, HttpClient?, object> _create;
    private readonly Func<object, RequestOptions?, Task<string>> _mint;
    private readonly Action<IServiceCollection, Action<ClientOptions>> _register;
    private readonly Func<IServiceProvider, object> _resolve;

    private Vendor(
        string name,
        string credentialHeader,
        string mintPath,
        string mintOperation,
        Func<string, string> tokenJson,
        Func<ClientOptions> newOptions,
        Func<ClientOptions, HttpClient?, object> create,
        Func<object, RequestOptions?, Task<string>> mint,
        Action<IServiceCollection, Action<ClientOptions>> register,
        Func<IServiceProvider, object> resolve)
    {
        Name = name;
        CredentialHeader = credentialHeader;
        MintPath = mintPath;
        MintOperation = mintOperation;
        _tokenJson = tokenJson;
        _newOptions = newOptions;
        _create = create;
        _mint = mint;
        _register = register;
        _resolve = resolve;
    }

    public string Name { get; }

    /// <summary>The options class's name, as option names in messages start: "DeckClientOptions".</summary>
    public string OptionsName => Name + "ClientOptions";

    /// <summary>The header that carries the vendor's credential (for Deck, the secret).</summary>
    public string CredentialHeader { get; }

    /// <summary>The minting operation's path relative to the base URI, such as "link/token/create".</summary>
    public string MintPath { get; }

    /// <summary>The operation <see cref="MintAsync(object, RequestOptions?)"/> calls, as telemetry names it: "CreateLinkToken".</summary>
    public string MintOperation { get; }

    /// <summary>A success body the vendor's response type accepts.</summary>
    public string OkJson => TokenJson(Name.ToLowerInvariant() + "-ok");

    /// <summary>The vendor's credentials; the last is the one <see cref="Options"/> sets to the test's credential.</summary>
    public IReadOnlyList<CredentialSetting> Credentials { get; private set; } = [];

    public static Vendor Deck { get; } = new Vendor(
            "Deck",
            "x-deck-secret",
            "link/token/create",
            "CreateLinkToken",
            token => $"{{\"link_token\": \"{token}\"}}",
            () => new DeckClientOptions(),
            (options, http) => http is null ? new DeckClient((DeckClientOptions)options) : new DeckClient((DeckClientOptions)options, http),
            async (client, requestOptions) => (await ((DeckClient)client).CreateLinkTokenAsync(new TokenMint.Deck.CreateLinkTokenRequest(), requestOptions)).LinkToken,
            (services, configure) => services.AddDeckClient(o => configure(o)),
            provider => provider.GetRequiredService<IDeckClient>())
        .With(
            new("ClientId", "DECK_CLIENT_ID", "x-deck-client-id", (o, v) => ((DeckClientOptions)o).ClientId = v),
            new CredentialSetting("Secret", "DECK_SECRET", "x-deck-secret", (o, v) => ((DeckClientOptions)o).Secret = v));

    public static Vendor Oneloop { get; } = new Vendor(
            "Oneloop",
            "authorization",
            "api/v1/link-token",
            "GenerateLinkToken",
            token => $"{{\"token\": \"{token}\", \"expiresAt\": 1763903600123}}",
            () => new OneloopClientOptions(),
            (options, http) => http is null ? new OneloopClient((OneloopClientOptions)options) : new OneloopClient((OneloopClientOptions)options, http),
            async (client, requestOptions) => (await ((OneloopClient)client).GenerateLinkTokenAsync(
                new GenerateLinkTokenRequest { CustomerId = "c", WorkspaceId = "w" }, requestOptions)).Token,
            (services, configure) => services.AddOneloopClient(o => configure(o)),
            provider => provider.GetRequiredService<IOneloopClient>())
        .With(new CredentialSetting("ApiKey", "ONELOOP_API_KEY", "authorization", (o, v) => ((OneloopClientOptions)o).ApiKey = v, "Bearer "));

    public static Vendor Trackstar { get; } = new Vendor(
            "Trackstar",
            "x-trackstar-api-key",
            "link/token",
            "CreateLinkToken",
            token => $"{{\"link_token\": \"{token}\"}}",
            () => new TrackstarClientOptions(),
            (options, http) => http is null ? new TrackstarClient((TrackstarClientOptions)options) : new TrackstarClient((TrackstarClientOptions)options, http),
            async (client, requestOptions) => (await ((TrackstarClient)client).CreateLinkTokenAsync(new TokenMint.Trackstar.CreateLinkTokenRequest(), requestOptions)).LinkToken,
            (services, configure) => services.AddTrackstarClient(o => configure(o)),
            provider => provider.GetRequiredService<ITrackstarClient>())
        .With(new CredentialSetting("ApiKey", "TRACKSTAR_API_KEY", "x-trackstar-api-key", (o, v) => ((TrackstarClientOptions)o).ApiKey = v));

    public static Vendor Decart { get; } = new Vendor(
            "Decart",
            "x-api-key",
            "v1/client/tokens",
            "CreateClientToken",
            token => $"{{\"apiKey\": \"{token}\", \"expiresAt\": \"2026-11-23T15:01:00Z\"}}",
            () => new DecartClientOptions(),
            (options, http) => http is null ? new DecartClient((DecartClientOptions)options) : new DecartClient((DecartClientOptions)options, http),
            async (client, requestOptions) => (await ((DecartClient)client).CreateClientTokenAsync(new CreateClientTokenRequest { ExpiresIn = 60 }, requestOptions)).ApiKey,
            (services, configure) => services.AddDecartClient(o => configure(o)),
            provider => provider.GetRequiredService<IDecartClient>())
        .With(new CredentialSetting("ApiKey", "DECART_API_KEY", "x-api-key", (o, v) => ((DecartClientOptions)o).ApiKey = v));

    public static IReadOnlyList<Vendor> List { get; } = [Deck, Oneloop, Trackstar, Decart];

    /// <summary>A success body whose token is <paramref name="token"/>.</summary>
    public string TokenJson(string token) => _tokenJson(token);

    /// <summary>Options for <paramref name="baseUri"/>: the vendor's main credential is <paramref name="credential"/>, any other is "id".</summary>
    public ClientOptions Options(Uri? baseUri, string? credential) => Credentials[^1].Options(baseUri, credential);

    /// <summary>New, empty options of the vendor's type.</summary>
    public ClientOptions NewOptions() => _newOptions();

    /// <summary>Sets <paramref name="options"/> as <see cref="Options"/> does (for DI's configure callback).</summary>
    public ClientOptions Fill(ClientOptions options, Uri? baseUri, string? credential) => Credentials[^1].Fill(options, baseUri, credential);

    /// <summary><c>new XxxClient(options)</c>, or <c>new XxxClient(options, httpClient)</c> when one is given.</summary>
    public object Create(ClientOptions options, HttpClient? httpClient = null) => _create(options, httpClient);

    /// <summary>Mints a token with <paramref name="client"/> (a client or its interface) and returns it.</summary>
    public Task<string> MintAsync(object client, RequestOptions? requestOptions = null) => _mint(client, requestOptions);

    /// <summary>Calls the vendor's minting operation against <paramref name="baseUri"/> with <paramref name="credential"/>.</summary>
    public Task MintAsync(Configure<ClientOptions> fast, Uri baseUri, string credential) => MintAsync(Create(fast(Options(baseUri, credential))));

    /// <summary><c>services.AddXxxClient(configure)</c>.</summary>
    public void Register(IServiceCollection services, Action<ClientOptions> configure) => _register(services, configure);

    /// <summary>The client as DI hands it out, through its interface.</summary>
    public object Resolve(IServiceProvider provider) => _resolve(provider);

    public override string ToString() => Name;

    private Vendor With(params CredentialSetting[] credentials)
    {
        foreach (var credential in credentials)
            credential.Vendor = this;
        Credentials = credentials;
        return this;
    }
}

/// <summary>One credential of a vendor: its option, environment variable and header.</summary>
public sealed class CredentialSetting(string property, string environmentVariable, string header, Action<ClientOptions, string?> set, string prefix = "")
{
    public Vendor Vendor { get; set; } = null!;

    /// <summary>The name messages use, such as "DeckClientOptions.Secret".</summary>
    public string OptionName => $"{Vendor.OptionsName}.{property}";

    public string EnvironmentVariable { get; } = environmentVariable;

    public string Header { get; } = header;

    /// <summary>Sets the credential on options of its vendor.</summary>
    public void Set(ClientOptions options, string? value) => set(options, value);

    /// <summary>What the header carries for <paramref name="credential"/> (Oneloop's is a bearer token).</summary>
    public string OnTheWire(string credential) => prefix + credential;

    /// <summary>Options with every credential valid ("id") except this one, set to <paramref name="value"/>.</summary>
    public ClientOptions Options(Uri? baseUri, string? value) => Fill(Vendor.NewOptions(), baseUri, value);

    /// <summary>Sets <paramref name="options"/> as <see cref="Options"/> does (for DI's configure callback).</summary>
    public ClientOptions Fill(ClientOptions options, Uri? baseUri, string? value)
    {
        options.BaseUri = baseUri;
        foreach (var credential in Vendor.Credentials)
            credential.Set(options, credential == this ? value : "id");
        return options;
    }

    public override string ToString() => OptionName;
}

public static class Vendors
{
    public static IEnumerable<TestCaseData> All() =>
        Vendor.List.Select(vendor => new TestCaseData(vendor).SetArgDisplayNames(vendor.Name));

    /// <summary>Every credential of every vendor: Deck's ClientId and Secret, the others' ApiKey.</summary>
    public static IEnumerable<TestCaseData> Credentials() =>
        Vendor.List.SelectMany(vendor => vendor.Credentials).Select(credential => new TestCaseData(credential).SetArgDisplayNames(credential.OptionName));
}
