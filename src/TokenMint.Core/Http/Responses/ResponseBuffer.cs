using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace TokenMint.Http;

/// <summary>
/// Reads a response body into memory inside the attempt, so a body that stalls or breaks off counts against the attempt's
/// timeout and can be retried, and a body larger than the limit is refused before it fills memory.
/// </summary>
internal static class ResponseBuffer
{
    private const int ChunkSize = 16 * 1024;

    /// <exception cref="ApiException">The body is larger than <paramref name="maxSize"/>.</exception>
    public static async Task LoadAsync(HttpResponseMessage response, long maxSize, CancellationToken cancellationToken)
    {
        var content = response.Content;
        if (content is null)
            return;
        var contentLength = content.Headers.ContentLength;
        if (contentLength > maxSize)
            throw TooLarge(response, maxSize);
#if NET8_0_OR_GREATER
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        // Older handlers may ignore the token while reading; disposing the response unblocks the read.
        using var unblock = cancellationToken.Register(response.Dispose);
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        ArraySegment<byte> body;
        if (contentLength is { } length)
        {
            // The usual case, read inline: the length is known (and within the limit), so the bytes land in one array of that size.
            var bytes = length == 0 ? [] : new byte[length];
            var filled = 0;
            int read;
            while (filled < bytes.Length && (read = await ReadAsync(stream, bytes, filled, bytes.Length - filled, cancellationToken).ConfigureAwait(false)) > 0)
                filled += read;
            body = new ArraySegment<byte>(bytes, 0, filled);
        }
        else
        {
            body = await ReadToEndAsync(stream, response, maxSize, cancellationToken).ConfigureAwait(false);
        }
        var copy = new BufferedContent(body);
        CopyHeaders(content, copy);
        response.Content = copy;
        content.Dispose();
    }

    // Chunked or unknown length: grow a buffer in pooled chunks, refusing the body once it passes the limit.
    private static async Task<ArraySegment<byte>> ReadToEndAsync(Stream stream, HttpResponseMessage response, long maxSize, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await ReadAsync(stream, chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxSize)
                    throw TooLarge(response, maxSize);
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            // Cleared: it held response bytes, and a minted token must not linger in a shared pool.
            ArrayPool<byte>.Shared.Return(chunk, clearArray: true);
        }
        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    // On .NET 8 the Memory overload, which completes without allocating a Task when data is already there.
    private static ValueTask<int> ReadAsync(Stream stream, byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        stream.ReadAsync(buffer.AsMemory(offset, count), cancellationToken);
#else
        new(stream.ReadAsync(buffer, offset, count, cancellationToken));
#endif

    // Everything but Content-Length, which the copy computes. On .NET 8 and later through the non-validated view, which
    // enumerates without allocating and passes values on as received.
    private static void CopyHeaders(HttpContent from, HttpContent to)
    {
#if NET8_0_OR_GREATER
        foreach (var header in from.Headers.NonValidated)
        {
            if (string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                continue;
            foreach (var value in header.Value)
                to.Headers.TryAddWithoutValidation(header.Key, value);
        }
#else
        foreach (var header in from.Headers)
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                to.Headers.TryAddWithoutValidation(header.Key, header.Value);
#endif
    }

    private static ApiException TooLarge(HttpResponseMessage response, long maxSize) =>
        new($"The response body is larger than ClientOptions.MaxResponseSize ({maxSize.ToString("N0", CultureInfo.InvariantCulture)} bytes); it was not read.",
            (int)response.StatusCode, null, ResponseHeaders.Of(response), null);
}
