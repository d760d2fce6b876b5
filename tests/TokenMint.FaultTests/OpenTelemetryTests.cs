using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TokenMint.Deck;
using TokenMint.FaultTests.Support;
using static TokenMint.FaultTests.Support.Faults;

namespace TokenMint.FaultTests;

/// <summary>The SDK's telemetry as a host's OpenTelemetry SDK exports it, set up as README (Observability) says.</summary>
public class OpenTelemetryTests : FaultTest
{
    [Test]
    public async Task ARetriedCallIsExportedAsOneOperationSpanOverTwoHttpSpans()
    {
        var server = await ServeAsync(Status(503), Respond(200, LinkTokenJson));
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource("TokenMint").AddHttpClientInstrumentation().AddInMemoryExporter(spans).Build();
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter("TokenMint")
            .AddView("tokenmint.client.operation.duration", new ExplicitBucketHistogramConfiguration { Boundaries = DurationBoundaries })
            .AddInMemoryExporter(metrics).Build();

        await Deck(server.BaseUri).CreateLinkTokenAsync(new CreateLinkTokenRequest());
        tracing.ForceFlush();
        meters.ForceFlush();

        var operation = spans.Single(s => s.Source.Name == "TokenMint");
        var http = spans.Where(s => s.TraceId == operation.TraceId && s != operation).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(operation.DisplayName, Is.EqualTo("Deck.CreateLinkToken"));
            Assert.That(operation.GetTagItem("tokenmint.attempts"), Is.EqualTo(2));
            Assert.That(http, Has.Count.EqualTo(2), "one HTTP span per attempt");
            Assert.That(http.Select(s => s.ParentSpanId), Is.All.EqualTo(operation.SpanId));
            Assert.That(http.Select(s => s.Kind), Is.All.EqualTo(ActivityKind.Client));
            Assert.That(http.Select(s => s.GetTagItem("http.response.status_code")), Is.EqualTo(new object[] { 503, 200 }));
        });
        var duration = Points(metrics, "tokenmint.client.operation.duration").Single();
        Assert.That(duration.GetHistogramCount(), Is.EqualTo(1));
        Assert.That(Bounds(duration), Is.EqualTo(DurationBoundaries.Append(double.PositiveInfinity)), "the README's buckets, in seconds");
        Assert.That(Points(metrics, "tokenmint.client.retries").Single().GetSumLong(), Is.EqualTo(1));
    }

    // README's view: the duration is in seconds, and OpenTelemetry's default buckets (0, 5, 10, 25, …) are sized for milliseconds.
    private static readonly double[] DurationBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

    private static List<double> Bounds(MetricPoint point)
    {
        var bounds = new List<double>();
        foreach (var bucket in point.GetHistogramBuckets())
            bounds.Add(bucket.ExplicitBound);
        return bounds;
    }

    private static List<MetricPoint> Points(IEnumerable<Metric> metrics, string name)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in metrics.Where(m => m.Name == name))
            foreach (ref readonly var point in metric.GetMetricPoints())
                points.Add(point);
        return points;
    }
}
