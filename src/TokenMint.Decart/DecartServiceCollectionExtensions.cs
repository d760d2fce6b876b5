using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TokenMint.Decart;
using TokenMint.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="DecartClient"/> with dependency injection.</summary>
public static class DecartServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DecartClient"/> and <see cref="IDecartClient"/> as typed clients, with options bound from
    /// <paramref name="configuration"/> (for example the "Decart" section) and validated at start.
    /// </summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddDecartClient(this IServiceCollection services, IConfiguration configuration) =>
        Add(services, options => options.Bind(configuration ?? throw new ArgumentNullException(nameof(configuration))));

    /// <summary>Registers <see cref="DecartClient"/> and <see cref="IDecartClient"/> as typed clients, with options set in code and validated at start.</summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddDecartClient(this IServiceCollection services, Action<DecartClientOptions> configure) =>
        Add(services, options => options.Configure(configure ?? throw new ArgumentNullException(nameof(configure))));

    private static IHttpClientBuilder Add(IServiceCollection services, Action<OptionsBuilder<DecartClientOptions>> configure) =>
        TokenMintClientRegistration.Add<IDecartClient, DecartClient, DecartClientOptions>(
            services, configure, options => options.Resolve(), (options, http) => new DecartClient(options, http));
}
