using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TokenBroker;

namespace TokenMint.Samples.Tests.TokenBroker;

/// <summary>
/// The sample as its tests run it: in memory (or on Kestrel, for the browser), with every log entry captured at Trace,
/// and no credential from the machine's environment or user secrets, so each vendor is mocked unless a test configures it.
/// </summary>
internal sealed class BrokerFactory(IReadOnlyDictionary<string, string?>? settings = null, int? vendorStatus = null)
    : WebApplicationFactory<Program>
{
    public LogSink Logs { get; } = new();

    /// <summary>With a vendorStatus: the bodies the mock vendors answered, as the SDK received them.</summary>
    public ConcurrentQueue<string> VendorAnswers { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");   // no user secrets
        foreach (var vendor in Vendor.All)
            foreach (var credential in vendor.Credentials)
            {
                builder.UseSetting($"{vendor.Section}:{credential.Key}", string.Empty);
                builder.UseSetting(credential.EnvironmentVariable, string.Empty);
            }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<LogSink>(null, LogLevel.Trace));
        if (vendorStatus is { } status)
            builder.ConfigureTestServices(services =>
                services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new PreferStatus(status, VendorAnswers))));
    }

    /// <summary>Asks the mock vendor for another status, with the Prism-style header the mock honours, and keeps its answer.</summary>
    private sealed class PreferStatus(int status, ConcurrentQueue<string> answers) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation("Prefer", $"code={status}");
            var response = await base.SendAsync(request, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);   // so the SDK can still read it
            answers.Enqueue(await response.Content.ReadAsStringAsync(cancellationToken));
            return response;
        }
    }
}
