using TokenBroker.Minting;
using TokenMint;

namespace TokenBroker;

/// <summary>The page's request body. A real app takes the user from its sign-in (HttpContext.User), never from the body.</summary>
internal sealed record TokenRequest(string? UserId);

/// <summary>
/// <c>POST /api/tokens/{vendor}</c>: mints the vendor's token for the user, or answers a ProblemDetails. The minted token
/// goes to the browser in the answer and nowhere else; no answer and no log line carries a credential.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> MintAsync(
        string vendor, TokenRequest? request, IServiceProvider services, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("TokenBroker.Tokens");
        var id = vendor.ToLowerInvariant();
        if (services.GetKeyedService<ITokenMinter>(id) is not { } minter)
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown vendor",
                detail: $"There is no vendor '{vendor}'. Known vendors: {string.Join(", ", Vendor.All.Select(v => v.Id))}.");

        try
        {
            var userId = string.IsNullOrWhiteSpace(request?.UserId) ? null : request.UserId;
            var token = await minter.MintAsync(userId, cancellationToken);
            logger.LogInformation("Minted a {Vendor} token", id);   // the token itself is for the browser only
            return Results.Ok(token);
        }
        catch (TokenRequestRefusedException refused)
        {
            // The SDK checked the request against the vendor's spec before sending it. The answer names the field and says
            // no more: the SDK's message never holds a value, but an answer that only carries what the browser needs cannot
            // start leaking when someone changes what goes into a message.
            logger.LogInformation("The {Vendor} request was refused before sending it: field {Field}", id, refused.Field);
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid token request",
                detail: "A value the vendor requires is missing, or one is outside the vendor's limits; 'field' names it.",
                extensions: new Dictionary<string, object?> { ["vendor"] = id, ["field"] = refused.Field });
        }
        catch (ApiException error)
        {
            // The vendor answered with an error. It is not the browser's fault, so 502 (Bad Gateway), with what support needs:
            // the vendor's status, its machine-readable code and its request id. Not the response body or the exception's text.
            logger.LogWarning(
                "{Vendor} refused the token request: HTTP {VendorStatus}, error code {VendorErrorCode}, request id {VendorRequestId}",
                id, error.StatusCode, error.ErrorCode, error.RequestId);
            return Results.Problem(
                statusCode: StatusCodes.Status502BadGateway,
                title: "The vendor answered with an error",
                detail: $"{id} answered HTTP {error.StatusCode}{(error.ErrorCode is null ? string.Empty : $" with error code {error.ErrorCode}")}.",
                extensions: new Dictionary<string, object?>
                {
                    ["vendor"] = id,
                    ["vendorStatus"] = error.StatusCode,
                    ["vendorErrorCode"] = error.ErrorCode,
                    ["vendorRequestId"] = error.RequestId,
                });
        }
        catch (RequestTimeoutException error)
        {
            logger.LogWarning("{Vendor} did not answer in time ({Limit} timeout, {Attempts} attempts)", id, error.Limit, error.Attempts);
            return Results.Problem(statusCode: StatusCodes.Status504GatewayTimeout, title: "The vendor did not answer in time",
                extensions: new Dictionary<string, object?> { ["vendor"] = id });
        }
        catch (HttpRequestException error)
        {
            logger.LogWarning("{Vendor} could not be reached: {Reason}", id, error.HttpRequestError);
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The vendor could not be reached",
                extensions: new Dictionary<string, object?> { ["vendor"] = id });
        }
    }
}
