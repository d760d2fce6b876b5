namespace TokenMint.Http;

/// <summary>
/// The one rule for a header value the SDK writes from a caller's text (credentials, extra headers, idempotency keys):
/// printable ASCII only. A CR or LF would end the header line on the wire, so the rest of the value becomes another
/// header or even a second request on the same connection; other control characters and non-ASCII text are mangled or
/// refused by the handlers (SocketsHttpHandler throws at send time, after the call has started).
/// </summary>
internal static class HeaderValue
{
    /// <summary>The index of the first character in [<paramref name="start"/>, <paramref name="end"/>) that is not printable ASCII, or -1.</summary>
    public static int IndexOfInvalid(string value, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (value[i] is < ' ' or > '~')
                return i;
        return -1;
    }

    /// <inheritdoc cref="IndexOfInvalid(string, int, int)"/>
    public static int IndexOfInvalid(string value) => IndexOfInvalid(value, 0, value.Length);

    /// <summary>What kind of character it is, for a message that must not show the character itself.</summary>
    private static string Kind(char character) => character switch
    {
        '\r' or '\n' => "a line break",
        < ' ' or '\x7f' => "a control character",
        _ => "a non-ASCII character",
    };

    /// <summary>The message part that says where the value went wrong: "has a line break at position 12 (counting from 0)".</summary>
    public static string Problem(string value, int index) =>
        $"has {Kind(value[index])} at position {index} (counting from 0)";
}
