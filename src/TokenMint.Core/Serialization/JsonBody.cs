using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using Newtonsoft.Json;

namespace TokenMint.Serialization;

/// <summary>Writes a request body to UTF-8 bytes through a per-thread text buffer, so a call allocates only the bytes it sends.</summary>
internal static class JsonBody
{
    // Larger buffers are dropped after use rather than kept per thread.
    private const int MaxKeptCapacity = 16 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Serialization is synchronous, so the buffer cannot be shared across an await; taking it out of the slot while in use
    // keeps a nested call (a converter that serializes) from writing into it too.
    [ThreadStatic]
    private static StringBuilder? _cached;

    public static byte[] Write<T>(JsonSerializer serializer, T body)
    {
        var text = _cached ?? new StringBuilder(256);
        _cached = null;
        try
        {
            using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
            using (var json = new JsonTextWriter(writer) { Formatting = serializer.Formatting, ArrayPool = JsonCharPool.Instance })
                serializer.Serialize(json, body, typeof(T));
            return Encode(text);
        }
        finally
        {
            // The kept buffer is overwritten before reuse, so a request's text (a password, say) does not stay in it.
            var used = text.Length;
            text.Clear();
            if (text.Capacity <= MaxKeptCapacity)
            {
                text.Append('\0', used).Clear();
                _cached = text;
            }
        }
    }

    private static byte[] Encode(StringBuilder text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(0, chars, 0, text.Length);
            var bytes = new byte[Utf8.GetByteCount(chars, 0, text.Length)];
            Utf8.GetBytes(chars, 0, text.Length, bytes, 0);
            return bytes;
        }
        finally
        {
            Array.Clear(chars, 0, text.Length);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
