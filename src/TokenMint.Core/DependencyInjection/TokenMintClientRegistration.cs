using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TokenMint.Http;

namespace TokenMint.DependencyInjection;

/// <summary>
/// The one registration every vendor's <c>AddXxxClient</c> uses: validated options, and a typed client through
/// IHttpClientFactory with the retry handler over a primary handler that does not follow redirects.
/// </summary>
public static class TokenMintClientRegistration
{
    /// <summary>Registers <typeparamref name="TClient"/> as itself and as <typeparamref name="TInterface"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Binds or sets the options.</param>
    /// <param name="validate">Resolves the options as the client will, throwing if a credential or the base URL is wrong.</param>
    /// <param name="create">Creates the client from the options and the factory's HttpClient.</param>
    /// <returns>The HttpClient builder, so callers can add their own handlers.</returns>
    public static IHttpClientBuilder Add<TInterface, TClient, TOptions>(
        IServiceCollection services,
        Action<OptionsBuilder<TOptions>> configure,
        Action<TOptions> validate,
        Func<TOptions, HttpClient, TClient> create)
        where TInterface : class
        where TClient : class, TInterface
        where TOptions : ClientOptions
    {
        if (services is null)
            throw new ArgumentNullException(nameof(services));
        var options = services.AddOptions<TOptions>();
        configure(options);
        // Logs go to the application's logging unless the options name a factory.
        services.AddTransient<IConfigureOptions<TOptions>>(provider =>
            new ConfigureOptions<TOptions>(o => o.LoggerFactory ??= provider.GetService<ILoggerFactory>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new Validator<TOptions>(validate)));
        options.ValidateOnStart();

        var builder = services.AddHttpClient<TInterface, TClient>((http, provider) => create(Options(provider), http))
            .ConfigurePrimaryHttpMessageHandler(TokenMintHttpClient.CreatePrimaryHandler)
            .AddHttpMessageHandler(provider => new RetryHandler(Options(provider)))
            // The retry handler enforces the attempt and overall timeouts; HttpClient's own would surface as TaskCanceledException.
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddTransient(provider => (TClient)provider.GetRequiredService<TInterface>());
        return builder;

        static TOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<TOptions>>().Value;
    }

    private sealed class Validator<TOptions>(Action<TOptions> validate) : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            try
            {
                validate(options);
                return ValidateOptionsResult.Success;
            }
            catch (Exception error) when (error is MissingCredentialException or ArgumentException)
            {
                return ValidateOptionsResult.Fail($"{typeof(TOptions).Name} is invalid: {error.Message}");
            }
        }
    }
}
