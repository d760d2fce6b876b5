using System.Collections.Generic;
using System.Net.Http;

namespace TokenMint.Http;

/// <summary>
/// A response's headers as the dictionary <see cref="ApiException"/> takes, copied on first read. A successful call never
/// reads them, so it never pays for the copy; an exception reads them in its constructor, while the response is still alive.
/// It also carries the credentials the request was sent with: the generated code hands this dictionary to every
/// ApiException it builds (a constructor signature NSwag fixes), so that is how the exception learns what to mask.
/// </summary>
internal sealed class LazyResponseHeaders(HttpResponseMessage response, SentCredentials credentials) : DeferredHeaders
{
    // The response until the first read, then the copy: one field, so the object a call allocates stays the size it was.
    private object _source = response;

    public SentCredentials Credentials { get; } = credentials;

    protected override IReadOnlyDictionary<string, IEnumerable<string>> Headers
    {
        get
        {
            if (_source is HttpResponseMessage response)
                _source = ResponseHeaders.Of(response);
            return (IReadOnlyDictionary<string, IEnumerable<string>>)_source;
        }
    }
}
