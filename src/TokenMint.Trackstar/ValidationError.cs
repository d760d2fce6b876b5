namespace TokenMint.Trackstar;

// CUSTOM: expose Trackstar's error string to ApiException.ErrorCode.
/// <summary>The error payload of CreateLinkToken (HTTP 422).</summary>
public partial class ValidationError : IApiError
{
    string? IApiError.ErrorCode => Error;
}
