using System.Collections.Generic;
using System.Net.Http.Headers;

namespace TokenMint.Http;

/// <summary>
/// A response's headers for <see cref="ApiResponse"/>: the response's own header collection, kept when the response arrived and
/// merged into a case-insensitive dictionary on first read, so a caller who never reads them pays for no copy. That collection
/// outlives the response's disposal and refers to nothing else. The content headers come already copied
/// (<see cref="Telemetry.OperationCall.Responded"/>): <see cref="HttpContentHeaders"/> refers to its content, which would keep
/// the whole body (a minted token, a buffered byte[]) alive for as long as the ApiResponse.
/// </summary>
internal sealed class CapturedResponseHeaders(HttpResponseHeaders response, KeyValuePair<string, IEnumerable<string>>[] content) : DeferredHeaders
{
    private readonly object _gate = new();
    private HttpResponseHeaders? _response = response;
    private KeyValuePair<string, IEnumerable<string>>[]? _content = content;
    private IReadOnlyDictionary<string, IEnumerable<string>>? _copy;

    protected override IReadOnlyDictionary<string, IEnumerable<string>> Headers
    {
        get
        {
            var copy = _copy;
            if (copy is not null)
                return copy;
            // HttpHeaders parse values lazily and are not safe to read from two threads at once: one copy, under the lock.
            lock (_gate)
            {
                if (_copy is null)
                {
                    _copy = ResponseHeaders.Of(_response!, _content);
                    _response = null;
                    _content = null;
                }
                return _copy;
            }
        }
    }
}
