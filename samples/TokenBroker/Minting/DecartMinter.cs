using System.Globalization;
using Microsoft.Extensions.Options;
using TokenMint.Decart;

namespace TokenBroker.Minting;

/// <summary>A Decart client token: a short-lived key a browser uses for one realtime session instead of your API key.</summary>
internal sealed class DecartMinter(IDecartClient decart, IOptions<BrokerSettings> settings) : ITokenMinter
{
    public async Task<MintedToken> MintAsync(string? userId, CancellationToken cancellationToken)
    {
        var request = new CreateClientTokenRequest { ExpiresIn = settings.Value.DecartTokenLifetimeSeconds };
        var response = await decart.CreateClientTokenAsync(request, cancellationToken);
        // Decart sends expiresAt as text; pass it on only when it is a date the page can show.
        var expiresAt = DateTimeOffset.TryParse(response.ExpiresAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : (DateTimeOffset?)null;
        return new MintedToken("decart", response.ApiKey, expiresAt);
    }
}
