using System;
using System.Net.Http;
using System.Threading;
using TokenMint.Validation;

namespace TokenMint.Http;

/// <summary>Creates the HttpClient a client uses when the caller does not pass one.</summary>
internal static class TokenMintHttpClient
{
    /// <summary>
    /// A client whose handlers are <see cref="RetryHandler"/> (retries, timeouts, logging, from <paramref name="options"/>)
    /// over <see cref="CreatePrimaryHandler"/>. Its own Timeout is infinite: the retry handler enforces
    /// <see cref="ClientOptions.AttemptTimeout"/> and <see cref="ClientOptions.OverallTimeout"/> and reports them as
    /// <see cref="RequestTimeoutException"/>, where HttpClient would throw a TaskCanceledException.
    /// Every option is checked first, the credentials and base URL (which the client's constructor resolves again) included:
    /// the options-only constructor calls this before its base constructor runs, so options it would refuse must fail here,
    /// before there is an HttpClient that nothing would dispose.
    /// </summary>
    public static HttpClient Create(ClientOptions options)
    {
        // The ranges first, as before, so an option out of range is reported ahead of a missing credential.
        ClientOptionsRules.ThrowIfInvalid(options ?? throw new ArgumentNullException(nameof(options)));
        _ = options.Resolve();
        var settings = ResilienceSettings.From(options);
        return new HttpClient(new RetryHandler(settings, CreatePrimaryHandler()), disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>
    /// The socket-level handler: it does not follow redirects, as HttpClient would resend custom credential headers
    /// (x-deck-secret, x-api-key) to wherever a redirect points. The options-only constructor and AddXxxClient use it;
    /// docs/resilience.md shows the same settings for an HttpClient a caller builds.
    /// </summary>
    public static HttpMessageHandler CreatePrimaryHandler()
    {
#if NET8_0_OR_GREATER
        // A bounded connection lifetime lets a long-lived client see DNS changes.
        return new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
#else
        return new HttpClientHandler { AllowAutoRedirect = false };
#endif
    }

}
