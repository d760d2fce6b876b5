using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TokenMint.Http;
using TokenMint.Validation;

namespace TokenMint.DependencyInjection;

/// <summary>
/// The one registration every vendor's <c>AddXxxClient</c> uses: options validated when the host starts, and a typed client
/// through IHttpClientFactory with the retry handler over a primary handler that does not follow redirects, and the
/// credential headers redacted in the factory's own logging.
/// </summary>
internal static class TokenMintClientRegistration
{
    /// <summary>Registers <typeparamref name="TClient"/> as itself and as <typeparamref name="TInterface"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">
    /// The configuration (usually a section such as "Deck") the options are bound from, or null. Validation errors name its keys ("Deck:MaxRetries").
    /// </param>
    /// <param name="configure">Sets the options in code, after <paramref name="configuration"/> is bound; or null.</param>
    /// <param name="validate">Resolves the options as the client will, throwing if a credential or the base URL is wrong.</param>
    /// <param name="create">Creates the client from the options and the factory's HttpClient.</param>
    /// <param name="credentialHeaders">The request headers that carry the vendor's credentials: their values never reach the factory's logs.</param>
    /// <returns>The HttpClient builder, so callers can add their own handlers.</returns>
    /// <remarks>
    /// IHttpClientFactory logs request headers at Trace, and before Microsoft.Extensions.Http 9 it logs their values unless
    /// told otherwise. <see cref="HttpClientBuilderExtensions.RedactLoggedHeaders(IHttpClientBuilder, Func{string, bool})"/> replaces
    /// the predicate rather than adding to it, so the credential headers are added to the final one (post-configuration): whatever the
    /// caller redacts, before or after this call, stays redacted, and so do the credential headers.
    /// </remarks>
    public static IHttpClientBuilder Add<TInterface, TClient, TOptions>(
        IServiceCollection services,
        IConfiguration? configuration,
        Action<TOptions>? configure,
        Action<TOptions> validate,
        Func<TOptions, HttpClient, TClient> create,
        params string[] credentialHeaders)
        where TInterface : class
        where TClient : class, TInterface
        where TOptions : ClientOptions
    {
        if (services is null)
            throw new ArgumentNullException(nameof(services));
        var options = services.AddOptions<TOptions>();
        if (configuration is not null)
            options.Bind(configuration);
        if (configure is not null)
            options.Configure(configure);
        // Logs go to the application's logging unless the options name a factory.
        services.AddTransient<IConfigureOptions<TOptions>>(provider =>
            new ConfigureOptions<TOptions>(o => o.LoggerFactory ??= provider.GetService<ILoggerFactory>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new Validator<TOptions>(validate, PathOf(configuration))));
        options.ValidateOnStart();

        var builder = services.AddHttpClient<TInterface, TClient>((http, provider) => create(Options(provider), http))
            .ConfigurePrimaryHttpMessageHandler(TokenMintHttpClient.CreatePrimaryHandler)
            .AddHttpMessageHandler(provider => new RetryHandler(Options(provider)))
            // The retry handler enforces the attempt and overall timeouts; HttpClient's own would surface as TaskCanceledException.
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
        RedactInFactoryLogs(services, builder.Name, credentialHeaders ?? []);
        services.TryAddTransient(provider => (TClient)provider.GetRequiredService<TInterface>());
        return builder;

        static TOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<TOptions>>().Value;
    }

    // Post-configured, so it runs after every RedactLoggedHeaders and Configure<HttpClientFactoryOptions>, and keeps their choice.
    private static void RedactInFactoryLogs(IServiceCollection services, string clientName, string[] credentialHeaders)
    {
        var credentials = new HashSet<string>(credentialHeaders, StringComparer.OrdinalIgnoreCase);
        services.PostConfigure<HttpClientFactoryOptions>(clientName, factoryOptions =>
        {
            var callers = factoryOptions.ShouldRedactHeaderValue;
            factoryOptions.ShouldRedactHeaderValue = header => credentials.Contains(header) || callers?.Invoke(header) == true;
        });
    }

    // "Deck" for the Deck section, "" for a configuration root, null when the options are set in code only.
    private static string? PathOf(IConfiguration? configuration) => configuration switch
    {
        null => null,
        IConfigurationSection section => section.Path,
        _ => string.Empty,
    };

    private sealed class Validator<TOptions>(Action<TOptions> validate, string? configurationPath) : IValidateOptions<TOptions>
        where TOptions : ClientOptions
    {
        // Every problem at once: the shared settings' limits, then what resolving the credentials and base URL reports.
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            var owner = typeof(TOptions).Name;
            var failures = ClientOptionsRules.Check(options).Select(p => p.Describe(owner, configurationPath)).ToList();
            try
            {
                validate(options);
            }
            catch (Exception error) when (error is MissingCredentialException or ArgumentException)
            {
                failures.Add(error.Message);
            }
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
