using System;
using Microsoft.Extensions.Configuration;
using TokenMint.Trackstar;
using TokenMint.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="TrackstarClient"/> with dependency injection.</summary>
public static class TrackstarServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TrackstarClient"/> and <see cref="ITrackstarClient"/> as typed clients, with options bound from
    /// <paramref name="configuration"/> (for example the "Trackstar" section) and validated at start.
    /// The factory's logging shows its x-trackstar-api-key value as "*".
    /// </summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddTrackstarClient(this IServiceCollection services, IConfiguration configuration) =>
        Add(services, configuration ?? throw new ArgumentNullException(nameof(configuration)), null);

    /// <summary>
    /// Registers <see cref="TrackstarClient"/> and <see cref="ITrackstarClient"/> as typed clients, with options set in code and validated at start.
    /// The factory's logging shows its x-trackstar-api-key value as "*".
    /// </summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddTrackstarClient(this IServiceCollection services, Action<TrackstarClientOptions> configure) =>
        Add(services, null, configure ?? throw new ArgumentNullException(nameof(configure)));

    // The credential headers TrackstarClientOptions.Resolve sends: IHttpClientFactory's logging shows them as "*".
    private static IHttpClientBuilder Add(IServiceCollection services, IConfiguration? configuration, Action<TrackstarClientOptions>? configure) =>
        TokenMintClientRegistration.Add<ITrackstarClient, TrackstarClient, TrackstarClientOptions>(
            services, configuration, configure, options => options.Resolve(), (options, http) => new TrackstarClient(options, http), "x-trackstar-api-key");
}
