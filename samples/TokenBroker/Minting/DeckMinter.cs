using TokenMint.Deck;

namespace TokenBroker.Minting;

/// <summary>A Deck link token, which opens Deck's Auth SDK widget.</summary>
internal sealed class DeckMinter(IDeckClient deck) : ITokenMinter
{
    public async Task<MintedToken> MintAsync(string? userId, CancellationToken cancellationToken)
    {
        var request = new CreateLinkTokenRequest { Language = Language.En };
        var response = await VendorCall.SendAsync(() => deck.CreateLinkTokenAsync(request, cancellationToken));
        // Deck's tokens last 20 minutes, but the response does not say until when, so there is no ExpiresAt to pass on.
        return new MintedToken("deck", response.LinkToken, ExpiresAt: null);
    }
}
