using System;

namespace TokenMint.Http;

/// <summary>The response body did not match the schema; the message says where, never what the value was.</summary>
internal sealed class ResponseFormatException : FormatException
{
    /// <summary>Creates the exception with a message free of body content.</summary>
    public ResponseFormatException(string message)
        : base(message)
    {
    }
}
