using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Options;
using TokenMint.ConsumerProof;
using TokenMint.Decart;
using TokenMint.Deck;

// What an application does with the published packages: configuration from appsettings.json, both clients
// registered with dependency injection, one token minted from each. The vendors are a local stand-in (FakeVendors)
// whose address overrides each BaseUri. Exit code 0 only when both tokens were minted and the stand-in saw nothing wrong.

using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
var problems = new ConcurrentQueue<string>();

var settings = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: false)
    .Build();

await using var vendors = await FakeVendors.StartAsync(settings, problems, timeout.Token);
Console.WriteLine($"Fake vendors listening on {vendors.BaseUri}");

// The application: a generic host whose configuration is appsettings.json plus the stand-in's address.
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
var config = builder.Configuration;
config.AddConfiguration(settings);
config.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Deck:BaseUri"] = vendors.BaseUri,
    ["Decart:BaseUri"] = vendors.BaseUri,
});
var services = builder.Services;
services.AddLogging();
services.AddDeckClient(config.GetSection("Deck"));
services.AddDecartClient(config.GetSection("Decart"));
using var host = builder.Build();
await host.StartAsync(timeout.Token); // validates both clients' options (ValidateOnStart)
var provider = host.Services;

foreach (var assembly in new[] { typeof(TokenMint.ApiException).Assembly, typeof(DeckClient).Assembly, typeof(DecartClient).Assembly })
{
    var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
    Console.WriteLine($"Loaded {assembly.GetName().Name} {version} mvid {assembly.ManifestModule.ModuleVersionId}");
}

try
{
    var deckOptions = provider.GetRequiredService<IOptions<DeckClientOptions>>().Value;
    Console.WriteLine($"Deck options: {deckOptions} MaxRetries={deckOptions.MaxRetries} AttemptTimeout={deckOptions.AttemptTimeout}");
    var decartOptions = provider.GetRequiredService<IOptions<DecartClientOptions>>().Value;
    Console.WriteLine($"Decart options: {decartOptions} MaxRetries={decartOptions.MaxRetries} AttemptTimeout={decartOptions.AttemptTimeout}");

    var deck = provider.GetRequiredService<IDeckClient>();
    var link = await deck.CreateLinkTokenAsync(new CreateLinkTokenRequest { Language = Language.En }, cancellationToken: timeout.Token);
    Console.WriteLine($"Deck link token: {link.LinkToken}");

    var decart = provider.GetRequiredService<DecartClient>();
    var clientToken = await decart.CreateClientTokenAsync(new CreateClientTokenRequest { ExpiresIn = 60 }, cancellationToken: timeout.Token);
    Console.WriteLine($"Decart client token: {clientToken.ApiKey} until {clientToken.ExpiresAt}");
}
catch (Exception error)
{
    Console.WriteLine($"Consumer proof failed: {error}");
    foreach (var problem in problems)
        Console.WriteLine($"Fake vendors: {problem}");
    return 1;
}

if (!problems.IsEmpty)
{
    foreach (var problem in problems)
        Console.WriteLine($"Fake vendors: {problem}");
    Console.WriteLine("Consumer proof failed: the fake vendors saw a wrong request.");
    return 1;
}

await host.StopAsync(timeout.Token);
Console.WriteLine("Consumer proof passed: both tokens minted.");
return 0;
