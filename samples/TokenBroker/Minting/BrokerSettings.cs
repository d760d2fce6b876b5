namespace TokenBroker.Minting;

/// <summary>The broker's own settings (section "TokenBroker"): what a vendor needs besides the user.</summary>
internal sealed class BrokerSettings
{
    /// <summary>The Oneloop workspace your users' link tokens belong to.</summary>
    public string OneloopWorkspaceId { get; set; } = string.Empty;

    /// <summary>How long a Decart client token lives, in seconds (Decart's default is 60).</summary>
    public long DecartTokenLifetimeSeconds { get; set; } = 60;
}
