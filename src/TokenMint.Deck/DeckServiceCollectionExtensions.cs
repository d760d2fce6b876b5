using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TokenMint.Deck;
using TokenMint.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="DeckClient"/> with dependency injection.</summary>
public static class DeckServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DeckClient"/> and <see cref="IDeckClient"/> as typed clients, with options bound from
    /// <paramref name="configuration"/> (for example the "Deck" section) and validated at start.
    /// </summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddDeckClient(this IServiceCollection services, IConfiguration configuration) =>
        Add(services, options => options.Bind(configuration ?? throw new ArgumentNullException(nameof(configuration))));

    /// <summary>Registers <see cref="DeckClient"/> and <see cref="IDeckClient"/> as typed clients, with options set in code and validated at start.</summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddDeckClient(this IServiceCollection services, Action<DeckClientOptions> configure) =>
        Add(services, options => options.Configure(configure ?? throw new ArgumentNullException(nameof(configure))));

    private static IHttpClientBuilder Add(IServiceCollection services, Action<OptionsBuilder<DeckClientOptions>> configure) =>
        TokenMintClientRegistration.Add<IDeckClient, DeckClient, DeckClientOptions>(
            services, configure, options => options.Resolve(), (options, http) => new DeckClient(options, http));
}
