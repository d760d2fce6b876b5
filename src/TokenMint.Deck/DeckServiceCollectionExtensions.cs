using System;
using Microsoft.Extensions.Configuration;
using TokenMint.Deck;
using TokenMint.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="DeckClient"/> with dependency injection.</summary>
public static class DeckServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DeckClient"/> and <see cref="IDeckClient"/> as typed clients, with options bound from
    /// <paramref name="configuration"/> (for example the "Deck" section) and validated at start.
    /// The factory's logging shows its x-deck-client-id and x-deck-secret values as "*".
    /// </summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddDeckClient(this IServiceCollection services, IConfiguration configuration) =>
        Add(services, configuration ?? throw new ArgumentNullException(nameof(configuration)), null);

    /// <summary>
    /// Registers <see cref="DeckClient"/> and <see cref="IDeckClient"/> as typed clients, with options set in code and validated at start.
    /// The factory's logging shows its x-deck-client-id and x-deck-secret values as "*".
    /// </summary>
    /// <returns>The HttpClient builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddDeckClient(this IServiceCollection services, Action<DeckClientOptions> configure) =>
        Add(services, null, configure ?? throw new ArgumentNullException(nameof(configure)));

    // The credential headers DeckClientOptions.Resolve sends: IHttpClientFactory's logging shows them as "*".
    private static IHttpClientBuilder Add(IServiceCollection services, IConfiguration? configuration, Action<DeckClientOptions>? configure) =>
        TokenMintClientRegistration.Add<IDeckClient, DeckClient, DeckClientOptions>(
            services, configuration, configure, options => options.Resolve(), (options, http) => new DeckClient(options, http), "x-deck-client-id", "x-deck-secret");
}
