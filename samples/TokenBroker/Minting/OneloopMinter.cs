using Microsoft.Extensions.Options;
using TokenMint.Oneloop;

namespace TokenBroker.Minting;

/// <summary>A Oneloop link token for one customer of one workspace.</summary>
internal sealed class OneloopMinter(IOneloopClient oneloop, IOptions<BrokerSettings> settings, ILogger<OneloopMinter> logger) : ITokenMinter
{
    public async Task<MintedToken> MintAsync(string? userId, CancellationToken cancellationToken)
    {
        // customerId is required: with no user the SDK refuses the request before the network (ArgumentException naming
        // "customerId"), and the endpoint answers 400. The model's property is non-nullable for that reason, hence the "!".
        var request = new GenerateLinkTokenRequest { CustomerId = userId!, WorkspaceId = settings.Value.OneloopWorkspaceId };
        var response = await VendorCall.SendAsync(() => oneloop.GenerateLinkTokenAsync(request, cancellationToken));
        return new MintedToken("oneloop", response.Token, Expiry.FromUnixMilliseconds(response.ExpiresAt, "oneloop", logger));
    }
}
