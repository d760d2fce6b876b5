using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TokenMint.Benchmarks.Benchmarks;

/// <summary>
/// The least a host can attach to the SDK's telemetry: an ActivityListener that records every "TokenMint" activity and a
/// MeterListener that receives every measurement of the "TokenMint" meter, both doing nothing with them. So a benchmark with
/// them attached measures what the SDK itself spends on telemetry; an exporter (OpenTelemetry's) adds its own cost on top.
/// </summary>
public sealed class TelemetryListeners : IDisposable
{
    private readonly ActivityListener _activities = new()
    {
        ShouldListenTo = source => source.Name == "TokenMint",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    private readonly MeterListener _meters = new()
    {
        InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "TokenMint")
                listener.EnableMeasurementEvents(instrument);
        },
    };

    public TelemetryListeners()
    {
        ActivitySource.AddActivityListener(_activities);
        _meters.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
        _meters.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
        _meters.Start();
    }

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }
}
