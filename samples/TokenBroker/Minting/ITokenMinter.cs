namespace TokenBroker.Minting;

/// <summary>Mints one vendor's token for a user, with that vendor's SDK client.</summary>
internal interface ITokenMinter
{
    /// <summary>Calls the vendor for <paramref name="userId"/> (null when the request names none).</summary>
    /// <remarks>
    /// The SDK call goes through <see cref="VendorCall.SendAsync{T}"/>, so the SDK's refusal before the network arrives as
    /// <see cref="TokenRequestRefusedException"/>; the SDK's other failures (ApiException…) come as they are. The endpoint maps both.
    /// </remarks>
    Task<MintedToken> MintAsync(string? userId, CancellationToken cancellationToken);
}
