using System;
using Microsoft.Extensions.Configuration;
using TokenMint.Decart;
using TokenMint.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="DecartClient"/> with dependency injection.</summary>
public static class DecartServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DecartClient"/> and <see cref="IDecartClient"/> as typed clients, with options bound from
    /// <paramref name="configuration"/> (for example the "Decart" section) and validated at start.
    /// The factory's logging shows its x-api-key value as "*".
    /// </summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddDecartClient(this IServiceCollection services, IConfiguration configuration) =>
        Add(services, configuration ?? throw new ArgumentNullException(nameof(configuration)), null);

    /// <summary>
    /// Registers <see cref="DecartClient"/> and <see cref="IDecartClient"/> as typed clients, with options set in code and validated at start.
    /// The factory's logging shows its x-api-key value as "*".
    /// </summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddDecartClient(this IServiceCollection services, Action<DecartClientOptions> configure) =>
        Add(services, null, configure ?? throw new ArgumentNullException(nameof(configure)));

    // The credential headers DecartClientOptions.Resolve sends: IHttpClientFactory's logging shows them as "*".
    private static IHttpClientBuilder Add(IServiceCollection services, IConfiguration? configuration, Action<DecartClientOptions>? configure) =>
        TokenMintClientRegistration.Add<IDecartClient, DecartClient, DecartClientOptions>(
            services, configuration, configure, options => options.Resolve(), (options, http) => new DecartClient(options, http), "x-api-key");
}
