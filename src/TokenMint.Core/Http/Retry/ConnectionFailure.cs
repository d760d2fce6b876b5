using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace TokenMint.Http;

/// <summary>Tells apart the ways a request can fail without a response, which decides whether an unsafe operation may be retried.</summary>
internal static class ConnectionFailure
{
    /// <summary>
    /// True when the request cannot have reached the server: the connection was refused or never established.
    /// A failure after the connection was up may come after the server processed the request.
    /// </summary>
    public static bool IsBeforeSend(HttpRequestException error)
    {
#if NET8_0_OR_GREATER
        if (error.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
            return true;
#endif
        for (Exception? inner = error; inner is not null; inner = inner.InnerException)
            if (inner is SocketException socket && socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound
                    or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.TryAgain or SocketError.NoData)
                return true;
        return false;
    }

    /// <summary>
    /// True when the request failed in this process while it was being written, not on the network: a header value the
    /// handler cannot encode (SocketsHttpHandler refuses non-ASCII), or content that threw while serializing. Repeating it
    /// would fail the same way. A failure with an I/O, socket, TLS, timeout or web cause is the network's, and so, on .NET 8+,
    /// is any failure the handler classified (<c>HttpRequestError</c> other than Unknown).
    /// </summary>
    public static bool IsLocal(HttpRequestException error)
    {
#if NET8_0_OR_GREATER
        if (error.HttpRequestError != HttpRequestError.Unknown)
            return false;
#endif
        for (Exception? inner = error.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is IOException or SocketException or AuthenticationException or TimeoutException or WebException)
                return false;
        return true;
    }

    /// <summary>True for a certificate or TLS protocol failure: repeating the request would fail the same way.</summary>
    public static bool IsPermanent(HttpRequestException error)
    {
        for (Exception? inner = error; inner is not null; inner = inner.InnerException)
            if (inner is AuthenticationException)
                return true;
        return false;
    }
}
