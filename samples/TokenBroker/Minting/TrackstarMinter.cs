using TokenMint.Trackstar;

namespace TokenBroker.Minting;

/// <summary>A Trackstar link token, which opens the Trackstar Link component.</summary>
internal sealed class TrackstarMinter(ITrackstarClient trackstar) : ITokenMinter
{
    public async Task<MintedToken> MintAsync(string? userId, CancellationToken cancellationToken)
    {
        // ConnectionId stays null: a new connection. Set it to reinstall one the user already has.
        var response = await VendorCall.SendAsync(() => trackstar.CreateLinkTokenAsync(new CreateLinkTokenRequest(), cancellationToken));
        return new MintedToken("trackstar", response.LinkToken, ExpiresAt: null);
    }
}
