// TokenBroker: the endpoint a backend puts between its users' browsers and the token vendors. The browser asks this app
// for a token; this app asks the vendor with its secret credentials (which never leave the server) and hands the
// short-lived token back, for the browser to open the vendor's widget or realtime session with.
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TokenBroker;
using TokenBroker.Minting;
using TokenBroker.MockVendors;

var builder = WebApplication.CreateBuilder(args);

// 1. A vendor with no credentials configured is played by a mock vendor that this process hosts on a loopback port,
//    answering from the vendor's own OpenAPI spec. Mock mode only adds configuration (the vendor's BaseUri and dummy
//    credentials): everything below registers and calls a mock vendor exactly as it does a real one.
var mocked = Vendor.All.Where(vendor => !vendor.HasCredentials(builder.Configuration)).ToList();
await using var mockVendors = await MockVendorServer.StartAsync(mocked);
builder.Configuration.AddInMemoryCollection(mockVendors.ClientSettings());

// 2. The SDK clients, registered from configuration as the TokenMint README shows. Each is validated at start:
//    a missing credential or an insecure BaseUri stops the app with a message naming the setting.
builder.Services.AddDeckClient(builder.Configuration.GetSection("Deck"));
builder.Services.AddOneloopClient(builder.Configuration.GetSection("Oneloop"));
builder.Services.AddTrackstarClient(builder.Configuration.GetSection("Trackstar"));
builder.Services.AddDecartClient(builder.Configuration.GetSection("Decart"));

// 3. One minter per vendor, found by the {vendor} of the route: the few lines that call that vendor's client.
builder.Services.Configure<BrokerSettings>(builder.Configuration.GetSection("TokenBroker"));
builder.Services.AddKeyedTransient<ITokenMinter, DeckMinter>("deck");
builder.Services.AddKeyedTransient<ITokenMinter, OneloopMinter>("oneloop");
builder.Services.AddKeyedTransient<ITokenMinter, TrackstarMinter>("trackstar");
builder.Services.AddKeyedTransient<ITokenMinter, DecartMinter>("decart");
builder.Services.AddProblemDetails();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();   // / serves wwwroot/index.html: one button per vendor
app.UseStaticFiles();

// What the page needs to draw its buttons: each vendor, and whether a mock plays it.
app.MapGet("/api/vendors", () => Vendor.All.Select(vendor => new { vendor.Id, vendor.Name, vendor.Token, Mock = mockVendors.Serves(vendor) }));
app.MapPost("/api/tokens/{vendor}", TokenEndpoint.MintAsync);

app.Lifetime.ApplicationStarted.Register(() =>
{
    var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
    var mode = mocked.Count == 0 ? "every vendor for real" : $"mock vendors for {string.Join(", ", mocked.Select(vendor => vendor.Id))}";
    if (url is not null)
        Console.WriteLine($"TokenBroker is running ({mode}). Open {url} in a browser; Ctrl+C stops it.");
});

await app.RunAsync();
