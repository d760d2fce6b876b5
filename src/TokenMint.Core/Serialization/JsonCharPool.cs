using System.Buffers;
using Newtonsoft.Json;

namespace TokenMint.Serialization;

/// <summary>
/// Json.NET's readers and writers rent their character buffers here instead of allocating them per call. Buffers are
/// cleared on return: they held request or response text (credentials, minted tokens), which must not linger in a shared pool.
/// </summary>
internal sealed class JsonCharPool : IArrayPool<char>
{
    public static readonly JsonCharPool Instance = new();

    private JsonCharPool()
    {
    }

    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    public void Return(char[]? array)
    {
        if (array is not null)
            ArrayPool<char>.Shared.Return(array, clearArray: true);
    }
}
