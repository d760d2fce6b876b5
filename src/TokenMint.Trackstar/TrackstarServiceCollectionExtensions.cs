using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TokenMint.Trackstar;
using TokenMint.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="TrackstarClient"/> with dependency injection.</summary>
public static class TrackstarServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TrackstarClient"/> and <see cref="ITrackstarClient"/> as typed clients, with options bound from
    /// <paramref name="configuration"/> (for example the "Trackstar" section) and validated at start.
    /// </summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddTrackstarClient(this IServiceCollection services, IConfiguration configuration) =>
        Add(services, options => options.Bind(configuration ?? throw new ArgumentNullException(nameof(configuration))));

    /// <summary>Registers <see cref="TrackstarClient"/> and <see cref="ITrackstarClient"/> as typed clients, with options set in code and validated at start.</summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddTrackstarClient(this IServiceCollection services, Action<TrackstarClientOptions> configure) =>
        Add(services, options => options.Configure(configure ?? throw new ArgumentNullException(nameof(configure))));

    private static IHttpClientBuilder Add(IServiceCollection services, Action<OptionsBuilder<TrackstarClientOptions>> configure) =>
        TokenMintClientRegistration.Add<ITrackstarClient, TrackstarClient, TrackstarClientOptions>(
            services, configure, options => options.Resolve(), (options, http) => new TrackstarClient(options, http));
}
