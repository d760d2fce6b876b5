using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TokenMint.Oneloop;
using TokenMint.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="OneloopClient"/> with dependency injection.</summary>
public static class OneloopServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="OneloopClient"/> and <see cref="IOneloopClient"/> as typed clients, with options bound from
    /// <paramref name="configuration"/> (for example the "Oneloop" section) and validated at start.
    /// </summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddOneloopClient(this IServiceCollection services, IConfiguration configuration) =>
        Add(services, options => options.Bind(configuration ?? throw new ArgumentNullException(nameof(configuration))));

    /// <summary>Registers <see cref="OneloopClient"/> and <see cref="IOneloopClient"/> as typed clients, with options set in code and validated at start.</summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddOneloopClient(this IServiceCollection services, Action<OneloopClientOptions> configure) =>
        Add(services, options => options.Configure(configure ?? throw new ArgumentNullException(nameof(configure))));

    private static IHttpClientBuilder Add(IServiceCollection services, Action<OptionsBuilder<OneloopClientOptions>> configure) =>
        TokenMintClientRegistration.Add<IOneloopClient, OneloopClient, OneloopClientOptions>(
            services, configure, options => options.Resolve(), (options, http) => new OneloopClient(options, http));
}
