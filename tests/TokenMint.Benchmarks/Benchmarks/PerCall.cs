using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using TokenMint.Benchmarks.Clients;
using TokenMint.Benchmarks.Server;
using TokenMint.Benchmarks.Wire;

namespace TokenMint.Benchmarks.Benchmarks;

/// <summary>
/// One call of each operation over real loopback sockets to the canned Kestrel server (a separate process, so only the
/// client's allocations are counted). Baseline: raw HttpClient + Json.NET, per operation.
/// </summary>
[MemoryDiagnoser]
public class PerCall
{
    private IVariant _variant = null!;

    [ParamsAllValues]
    public Operation Operation { get; set; }

    [GlobalSetup(Target = nameof(RawNewtonsoft))]
    public void SetupRawNewtonsoft() => Setup(VariantKind.RawNewtonsoft);

    [GlobalSetup(Target = nameof(TokenMint))]
    public void SetupTokenMint() => Setup(VariantKind.TokenMint);

    [GlobalSetup(Target = nameof(RawSystemTextJson))]
    public void SetupRawSystemTextJson() => Setup(VariantKind.RawSystemTextJson);

    [GlobalSetup(Target = nameof(Refit))]
    public void SetupRefit() => Setup(VariantKind.Refit);

    [GlobalCleanup]
    public void Cleanup() => _variant.Dispose();

    [Benchmark(Baseline = true, Description = "raw HttpClient + Json.NET")]
    public Task<string> RawNewtonsoft() => _variant.CallAsync(Operation);

    [Benchmark(Description = "TokenMint")]
    public Task<string> TokenMint() => _variant.CallAsync(Operation);

    [Benchmark(Description = "raw HttpClient + STJ source-gen")]
    public Task<string> RawSystemTextJson() => _variant.CallAsync(Operation);

    [Benchmark(Description = "Refit 16")]
    public Task<string> Refit() => _variant.CallAsync(Operation);

    private void Setup(VariantKind kind)
    {
        _variant = Variants.Create(kind, ServerProcess.SharedBaseUri);
        // One checked call: the server accepted the credentials and the variant parsed the canned answer; opens the connection.
        var result = _variant.CallAsync(Operation).GetAwaiter().GetResult();
        if (result != Canned.ExpectedResult(Operation))
            throw new InvalidOperationException($"{kind} {Operation} returned '{result}'.");
    }
}

/// <summary>
/// The same calls over an in-memory handler that returns the canned response: no sockets, no server, so the numbers are
/// the clients' own CPU and allocations. <see cref="TokenMintCallerHttpClient"/> is TokenMint without its retry/timeout
/// handler (<c>new XxxClient(options, new HttpClient(handler))</c>), which splits TokenMint's cost between the generated
/// code and the handler. <see cref="TokenMintListened"/> is TokenMint with <see cref="TelemetryListeners"/> attached, for the cost of
/// the SDK's telemetry when someone listens (with nobody listening, <see cref="TokenMint"/> is the cost).
/// </summary>
[MemoryDiagnoser]
public class InMemory
{
    private IVariant _variant = null!;
    private TelemetryListeners? _listeners;

    [ParamsAllValues]
    public Operation Operation { get; set; }

    [GlobalSetup(Target = nameof(RawNewtonsoft))]
    public void SetupRawNewtonsoft() => Setup(Variants.Create(VariantKind.RawNewtonsoft, Root, () => new CannedHandler()));

    [GlobalSetup(Target = nameof(TokenMint))]
    public void SetupTokenMint() => Setup(Variants.Create(VariantKind.TokenMint, Root, () => new CannedHandler()));

    [GlobalSetup(Target = nameof(TokenMintCallerHttpClient))]
    public void SetupTokenMintCallerHttpClient() => Setup(new TokenMintVariant(Root, () => new CannedHandler(), retryHandler: false));

    [GlobalSetup(Target = nameof(TokenMintListened))]
    public void SetupTokenMintListened()
    {
        _listeners = new TelemetryListeners();
        Setup(Variants.Create(VariantKind.TokenMint, Root, () => new CannedHandler()));
    }

    [GlobalSetup(Target = nameof(RawSystemTextJson))]
    public void SetupRawSystemTextJson() => Setup(Variants.Create(VariantKind.RawSystemTextJson, Root, () => new CannedHandler()));

    [GlobalSetup(Target = nameof(Refit))]
    public void SetupRefit() => Setup(Variants.Create(VariantKind.Refit, Root, () => new CannedHandler()));

    [GlobalCleanup]
    public void Cleanup()
    {
        _variant.Dispose();
        _listeners?.Dispose();
        _listeners = null;
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient + Json.NET")]
    public Task<string> RawNewtonsoft() => _variant.CallAsync(Operation);

    [Benchmark(Description = "TokenMint")]
    public Task<string> TokenMint() => _variant.CallAsync(Operation);

    [Benchmark(Description = "TokenMint, telemetry listened to")]
    public Task<string> TokenMintListened() => _variant.CallAsync(Operation);

    [Benchmark(Description = "TokenMint without RetryHandler")]
    public Task<string> TokenMintCallerHttpClient() => _variant.CallAsync(Operation);

    [Benchmark(Description = "raw HttpClient + STJ source-gen")]
    public Task<string> RawSystemTextJson() => _variant.CallAsync(Operation);

    [Benchmark(Description = "Refit 16")]
    public Task<string> Refit() => _variant.CallAsync(Operation);

    private static Uri Root { get; } = new("http://127.0.0.1:9/");

    private void Setup(IVariant variant)
    {
        _variant = variant;
        var result = _variant.CallAsync(Operation).GetAwaiter().GetResult();
        if (result != Canned.ExpectedResult(Operation))
            throw new InvalidOperationException($"{variant.Kind} {Operation} returned '{result}'.");
    }
}
