using System.Globalization;

namespace TokenMint.Oneloop;

// CUSTOM: expose Oneloop's numeric error code to ApiException.ErrorCode.
/// <summary>The error payload of GenerateLinkToken (HTTP 400, 401, 403).</summary>
public partial class ErrorResponse : IApiError
{
    string? IApiError.ErrorCode => Error?.Code.ToString(CultureInfo.InvariantCulture);
}
