using System;
using System.IO;

namespace TokenMint.Serialization;

/// <summary>A TextReader over characters already in an array: what StringReader does, without first making a string.</summary>
internal sealed class CharSegmentReader(char[] chars, int length) : TextReader
{
    private int _position;

    public override int Peek() => _position < length ? chars[_position] : -1;

    public override int Read() => _position < length ? chars[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        var read = Math.Min(count, length - _position);
        if (read <= 0)
            return 0;
        Array.Copy(chars, _position, buffer, index, read);
        _position += read;
        return read;
    }
}
