using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TokenMint.Benchmarks.Wire;

namespace TokenMint.Benchmarks.Clients;

/// <summary>The ways of calling the five operations that the harness compares.</summary>
public enum VariantKind
{
    /// <summary>The TokenMint clients, built with their options-only constructors (their own HttpClient and handler pipeline).</summary>
    TokenMint,

    /// <summary>HttpClient with hand-written DTOs and Json.NET: the floor a hand-written caller reaches.</summary>
    RawNewtonsoft,

    /// <summary>HttpClient with hand-written DTOs and System.Text.Json source-generated metadata.</summary>
    RawSystemTextJson,

    /// <summary>Refit 16 interfaces over the same DTOs, default (reflection) System.Text.Json settings, buffered bodies.</summary>
    Refit,
}

/// <summary>One client variant: a call per operation, each returning the token-like value of its response.</summary>
public interface IVariant : IDisposable
{
    VariantKind Kind { get; }

    Task<string> DeckCreateLinkTokenAsync(CancellationToken cancellationToken = default);

    Task<string> DeckCreateConnectionAsync(CancellationToken cancellationToken = default);

    Task<string> OneloopGenerateLinkTokenAsync(CancellationToken cancellationToken = default);

    Task<string> TrackstarCreateLinkTokenAsync(CancellationToken cancellationToken = default);

    Task<string> DecartCreateClientTokenAsync(CancellationToken cancellationToken = default);
}

public static class Variants
{
    /// <summary>Creates a variant against <paramref name="baseUri"/> (the canned server's root).</summary>
    /// <param name="handler">Null for real sockets; otherwise the innermost handler to use instead (in-memory runs).</param>
    public static IVariant Create(VariantKind kind, Uri baseUri, Func<System.Net.Http.HttpMessageHandler>? handler = null) => kind switch
    {
        VariantKind.TokenMint => new TokenMintVariant(baseUri, handler),
        VariantKind.RawNewtonsoft => new RawNewtonsoftVariant(baseUri, handler),
        VariantKind.RawSystemTextJson => new RawSystemTextJsonVariant(baseUri, handler),
        VariantKind.Refit => new RefitVariant(baseUri, handler),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static Task<string> CallAsync(this IVariant variant, Operation operation, CancellationToken cancellationToken = default) => operation switch
    {
        Operation.DeckCreateLinkToken => variant.DeckCreateLinkTokenAsync(cancellationToken),
        Operation.DeckCreateConnection => variant.DeckCreateConnectionAsync(cancellationToken),
        Operation.OneloopGenerateLinkToken => variant.OneloopGenerateLinkTokenAsync(cancellationToken),
        Operation.TrackstarCreateLinkToken => variant.TrackstarCreateLinkTokenAsync(cancellationToken),
        Operation.DecartCreateClientToken => variant.DecartCreateClientTokenAsync(cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    /// <summary>An HttpClient for the hand-written variants: default SocketsHttpHandler, credentials as default headers.</summary>
    public static System.Net.Http.HttpClient HandWrittenHttpClient(Uri baseUri, IEnumerable<KeyValuePair<string, string>> headers, Func<System.Net.Http.HttpMessageHandler>? handler)
    {
        var http = handler is null ? new System.Net.Http.HttpClient() : new System.Net.Http.HttpClient(handler(), disposeHandler: true);
        http.BaseAddress = baseUri;
        http.DefaultRequestHeaders.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue("application/json"));
        foreach (var header in headers)
            http.DefaultRequestHeaders.TryAddWithoutValidation(header.Key, header.Value);
        return http;
    }
}

/// <summary>A vendor's HttpClient for the hand-written variants, created on first use (so a one-call process builds one).</summary>
public sealed class LazyHttpClient : IDisposable
{
    private readonly Lazy<System.Net.Http.HttpClient> _client;

    public LazyHttpClient(Uri baseUri, IEnumerable<KeyValuePair<string, string>> headers, Func<System.Net.Http.HttpMessageHandler>? handler)
    {
        _client = new(() => Variants.HandWrittenHttpClient(baseUri, headers, handler));
    }

    public System.Net.Http.HttpClient Value => _client.Value;

    public void Dispose()
    {
        if (_client.IsValueCreated)
            _client.Value.Dispose();
    }
}
