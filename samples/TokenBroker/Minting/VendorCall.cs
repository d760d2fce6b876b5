using TokenMint;

namespace TokenBroker.Minting;

/// <summary>Where a minter calls its SDK client, so that only the SDK's own refusal of a request becomes the browser's 400.</summary>
internal static class VendorCall
{
    /// <summary>
    /// Runs <paramref name="sdkCall"/>. An <see cref="ArgumentException"/> from it is the SDK checking the request against
    /// the vendor's spec before the network, and comes out as <see cref="TokenRequestRefusedException"/>. Anything a minter
    /// does after the call (converting the vendor's expiry, say) is outside, so bad vendor data is never blamed on the request.
    /// </summary>
    public static async Task<TResponse> SendAsync<TResponse>(Func<Task<TResponse>> sdkCall)
    {
        try
        {
            return await sdkCall();
        }
        catch (ArgumentException error) when (error is not InvalidCredentialException)   // a bad credential is the server's fault
        {
            throw new TokenRequestRefusedException(error.ParamName, error);
        }
    }
}
