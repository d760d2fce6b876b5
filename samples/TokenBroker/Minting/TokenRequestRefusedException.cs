namespace TokenBroker.Minting;

/// <summary>
/// The SDK refused a token request before sending it: a field breaks a limit the vendor's spec declares (Oneloop's
/// customerId is required, say). The endpoint answers it with 400, naming <see cref="Field"/>.
/// </summary>
/// <remarks>Thrown only by <see cref="VendorCall.SendAsync{T}"/>, so it means exactly that and nothing else.</remarks>
internal sealed class TokenRequestRefusedException(string? field, ArgumentException inner)
    : Exception("The SDK refused the token request before sending it.", inner)
{
    /// <summary>The JSON field the vendor's spec constrains, as the SDK names it (its ArgumentException's ParamName).</summary>
    public string? Field { get; } = field;
}
