using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;

namespace TokenMint.FaultTests.Support;

/// <summary>
/// A measurement a <see cref="MeterListener"/> saw: the instrument, the value, its tags and the span current when it was made
/// (the one an exporter's exemplar would point at).
/// </summary>
public sealed record Measured(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags, ActivitySpanId CurrentSpan);

/// <summary>
/// Listens to the SDK's ActivitySource and Meter ("TokenMint") and to HttpClient's "System.Net.Http" activities, keeping only what
/// belongs to the test that created it: everything under the root activity it starts (measurements are made while an activity of
/// that trace is current). Create it at the start of a test, in the test's own flow, and dispose it at the end.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ConcurrentQueue<Measured> _measured = new();

    private TelemetryCapture(Func<ActivitySource, bool> sources, ActivitySamplingResult sampling)
    {
        // Started first, in the caller's flow: the test's calls run under it, and the callbacks below can compare with it.
        Root = new Activity("TelemetryCapture.Test").SetIdFormat(ActivityIdFormat.W3C).Start();
        _activities = new ActivityListener
        {
            ShouldListenTo = sources,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => sampling,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == Root.TraceId)
                    _stopped.Enqueue(activity);
            },
        };
        ActivitySource.AddActivityListener(_activities);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "TokenMint")
                listener.EnableMeasurementEvents(instrument);
        };
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();
    }

    /// <summary>The test's own activity: the parent of the SDK's.</summary>
    public Activity Root { get; }

    /// <summary>Activities of the test's trace that have stopped, in the order they stopped.</summary>
    public IReadOnlyList<Activity> Stopped => _stopped.ToArray();

    /// <summary>The SDK's activities (source "TokenMint").</summary>
    public IReadOnlyList<Activity> Operations => Stopped.Where(a => a.Source.Name == "TokenMint").ToList();

    /// <summary>HttpClient's per-attempt activities.</summary>
    public IReadOnlyList<Activity> HttpAttempts => Stopped.Where(a => a.Source.Name == "System.Net.Http").ToList();

    /// <summary>Measurements of the SDK's instruments made during the test.</summary>
    public IReadOnlyList<Measured> Measurements => _measured.ToArray();

    /// <summary>Listens to the SDK and HttpClient, recording every activity.</summary>
    public static TelemetryCapture Start() =>
        new(source => source.Name is "TokenMint" or "System.Net.Http", ActivitySamplingResult.AllDataAndRecorded);

    /// <summary>Listens to the SDK's metrics, and to its ActivitySource with a sampler that creates no activity.</summary>
    public static TelemetryCapture StartSamplingNothing() => new(source => source.Name == "TokenMint", ActivitySamplingResult.None);

    /// <summary>The measurements of <paramref name="instrument"/>.</summary>
    public IReadOnlyList<Measured> Of(string instrument) => Measurements.Where(m => m.Instrument == instrument).ToList();

    public void Dispose()
    {
        Root.Stop();
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        if (Activity.Current?.TraceId != Root.TraceId)
            return;
        var copied = new Dictionary<string, object?>();
        foreach (var tag in tags)
            copied[tag.Key] = tag.Value;
        _measured.Enqueue(new Measured(instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), copied, Activity.Current.SpanId));
    }
}
