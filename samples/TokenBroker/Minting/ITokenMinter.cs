namespace TokenBroker.Minting;

/// <summary>Mints one vendor's token for a user, with that vendor's SDK client.</summary>
internal interface ITokenMinter
{
    /// <summary>Calls the vendor for <paramref name="userId"/> (null when the request names none).</summary>
    /// <remarks>SDK failures (ArgumentException, ApiException…) are left to the endpoint to map.</remarks>
    Task<MintedToken> MintAsync(string? userId, CancellationToken cancellationToken);
}
