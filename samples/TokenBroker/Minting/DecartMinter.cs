using Microsoft.Extensions.Options;
using TokenMint.Decart;

namespace TokenBroker.Minting;

/// <summary>A Decart client token: a short-lived key a browser uses for one realtime session instead of your API key.</summary>
internal sealed class DecartMinter(IDecartClient decart, IOptions<BrokerSettings> settings, ILogger<DecartMinter> logger) : ITokenMinter
{
    public async Task<MintedToken> MintAsync(string? userId, CancellationToken cancellationToken)
    {
        var request = new CreateClientTokenRequest { ExpiresIn = settings.Value.DecartTokenLifetimeSeconds };
        var response = await VendorCall.SendAsync(() => decart.CreateClientTokenAsync(request, cancellationToken));
        // Decart sends expiresAt as text: passed on only when it is a date the page can show.
        return new MintedToken("decart", response.ApiKey, Expiry.FromText(response.ExpiresAt, "decart", logger));
    }
}
