using System;
using Microsoft.Extensions.Configuration;
using TokenMint.Oneloop;
using TokenMint.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="OneloopClient"/> with dependency injection.</summary>
public static class OneloopServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="OneloopClient"/> and <see cref="IOneloopClient"/> as typed clients, with options bound from
    /// <paramref name="configuration"/> (for example the "Oneloop" section) and validated at start.
    /// The factory's logging shows its Authorization value as "*".
    /// </summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddOneloopClient(this IServiceCollection services, IConfiguration configuration) =>
        Add(services, configuration ?? throw new ArgumentNullException(nameof(configuration)), null);

    /// <summary>
    /// Registers <see cref="OneloopClient"/> and <see cref="IOneloopClient"/> as typed clients, with options set in code and validated at start.
    /// The factory's logging shows its Authorization value as "*".
    /// </summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddOneloopClient(this IServiceCollection services, Action<OneloopClientOptions> configure) =>
        Add(services, null, configure ?? throw new ArgumentNullException(nameof(configure)));

    // The credential headers OneloopClientOptions.Resolve sends: IHttpClientFactory's logging shows them as "*".
    private static IHttpClientBuilder Add(IServiceCollection services, IConfiguration? configuration, Action<OneloopClientOptions>? configure) =>
        TokenMintClientRegistration.Add<IOneloopClient, OneloopClient, OneloopClientOptions>(
            services, configuration, configure, options => options.Resolve(), (options, http) => new OneloopClient(options, http), "Authorization");
}
