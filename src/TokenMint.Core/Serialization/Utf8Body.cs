using System;
using System.Buffers;
using System.Text;

namespace TokenMint.Serialization;

/// <summary>Decodes a buffered JSON body into pooled characters, as StreamReader would (UTF-8, a byte order mark skipped).</summary>
internal static class Utf8Body
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>False for a body marked as UTF-16 or UTF-32, which the caller reads through a StreamReader instead.</summary>
    public static bool TryDecode(ArraySegment<byte> body, out char[] chars, out int length)
    {
        var bytes = body.Array!;
        int offset = body.Offset, count = body.Count;
        if (count >= 2 && (bytes[offset] == 0xFE && bytes[offset + 1] == 0xFF || bytes[offset] == 0xFF && bytes[offset + 1] == 0xFE))
        {
            chars = [];
            length = 0;
            return false;
        }
        if (count >= 3 && bytes[offset] == 0xEF && bytes[offset + 1] == 0xBB && bytes[offset + 2] == 0xBF)
        {
            offset += 3;
            count -= 3;
        }
        chars = ArrayPool<char>.Shared.Rent(Math.Max(Utf8.GetMaxCharCount(count), 1));
        length = Utf8.GetChars(bytes, offset, count, chars, 0);
        return true;
    }

    // Cleared first: a body carries a minted token, which must not linger in a shared pool.
    public static void Return(char[] chars, int length)
    {
        Array.Clear(chars, 0, length);
        ArrayPool<char>.Shared.Return(chars);
    }
}
