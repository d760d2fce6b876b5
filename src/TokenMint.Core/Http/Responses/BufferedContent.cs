using System;
using System.Net.Http;

namespace TokenMint.Http;

/// <summary>A body <see cref="RetryHandler"/> has read into memory; the client parses <see cref="Body"/> without opening a stream over it.</summary>
internal sealed class BufferedContent(ArraySegment<byte> body) : ByteArrayContent(body.Array!, body.Offset, body.Count)
{
    public ArraySegment<byte> Body { get; } = body;
}
