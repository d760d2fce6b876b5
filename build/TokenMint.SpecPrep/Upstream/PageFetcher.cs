using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace TokenMint.SpecPrep.Upstream;

/// <summary>
/// Reads a page from a URL (GET, a time limit on the whole exchange, body included) or from a file. Failures throw a
/// <see cref="SpecException"/> whose message is the cause alone; the caller names the vendor and the location.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    /// <param name="time">Drives the time limit, so a test can make a stalled request time out without waiting.</param>
    public PageFetcher(TimeSpan timeout, TimeProvider time)
    {
        (_timeout, _time) = (timeout, time);
        // The limit is ours (a token from the TimeProvider), not HttpClient's.
        _http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("TokenMint-spec-watch/1.0");
        _http.DefaultRequestHeaders.Accept.ParseAdd("text/markdown, text/plain;q=0.9, */*;q=0.5");
    }

    public async Task<string> ReadAsync(string location)
    {
        if (!UpstreamLocations.IsUrl(location))
            return File.Exists(location) ? await File.ReadAllTextAsync(location).ConfigureAwait(false) : throw new SpecException("no such file.");
        using var limit = new CancellationTokenSource(_timeout, _time);
        try
        {
            using var response = await _http.GetAsync(new Uri(location), HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw new SpecException($"HTTP {(int)response.StatusCode} ({response.ReasonPhrase}).");
            return await response.Content.ReadAsStringAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            throw new SpecException($"no complete response within {Seconds(_timeout)} s (--timeout {Seconds(_timeout)}).");
        }
        catch (HttpRequestException error)
        {
            throw new SpecException($"cannot download: {error.Message}");
        }
    }

    public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    public void Dispose() => _http.Dispose();
}
