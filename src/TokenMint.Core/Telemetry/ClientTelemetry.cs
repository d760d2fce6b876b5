using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TokenMint.Telemetry;

/// <summary>
/// The SDK's ActivitySource and Meter, both named "TokenMint" (README, Observability): one Activity and one duration measurement
/// per call, one counter increment per retry. Nothing here runs, and nothing is allocated, while nobody listens.
/// </summary>
internal static class ClientTelemetry
{
    /// <summary>The name of the ActivitySource and of the Meter: <c>AddSource("TokenMint")</c>, <c>AddMeter("TokenMint")</c>.</summary>
    public const string Name = "TokenMint";

    public const string VendorTag = "tokenmint.vendor";
    public const string OperationTag = "tokenmint.operation";
    public const string AttemptsTag = "tokenmint.attempts";
    public const string StatusCodeTag = "http.response.status_code";
    public const string ErrorTypeTag = "error.type";

    private static readonly string Version = UserAgent.VersionOf(typeof(ClientTelemetry).Assembly);

    public static ActivitySource Source { get; } = new(Name, Version);

    public static Meter Meter { get; } = new(Name, Version);

    public static Histogram<double> Duration { get; } = Meter.CreateHistogram<double>(
        "tokenmint.client.operation.duration", "s", "How long a call took, from the client method's start to its result or exception, retries included.");

    public static Counter<long> Retries { get; } = Meter.CreateCounter<long>(
        "tokenmint.client.retries", "{retry}", "Retries the SDK's retry handler made: attempts after the first.");

    /// <summary>True when an ActivityListener listens to the source or a MeterListener to either instrument.</summary>
    public static bool Listening => Source.HasListeners() || Duration.Enabled || Retries.Enabled;
}
