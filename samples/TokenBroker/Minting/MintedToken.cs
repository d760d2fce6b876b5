using System.Text.Json.Serialization;

namespace TokenBroker.Minting;

/// <summary>What the broker hands the browser: the token to open the vendor's widget or session with.</summary>
/// <param name="Vendor">The vendor's id (deck, oneloop…).</param>
/// <param name="Token">The short-lived token. It goes to this user's browser and nowhere else: never into a log.</param>
/// <param name="ExpiresAt">When the token expires, where the vendor says; omitted otherwise.</param>
internal sealed record MintedToken(
    string Vendor,
    string Token,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? ExpiresAt);
