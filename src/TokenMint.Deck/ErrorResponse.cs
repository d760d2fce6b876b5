namespace TokenMint.Deck;

// CUSTOM: expose Deck's error_code to ApiException.ErrorCode.
/// <summary>The error payload of CreateLinkToken (HTTP 400).</summary>
public partial class ErrorResponse : IApiError
{
    string? IApiError.ErrorCode => ErrorCode?.Value;
}

// CUSTOM: expose the /connections error_code to ApiException.ErrorCode.
/// <summary>The error payload of CreateConnection (HTTP 400).</summary>
public partial class ConnectionErrorResponse : IApiError
{
    string? IApiError.ErrorCode => ErrorCode;
}
