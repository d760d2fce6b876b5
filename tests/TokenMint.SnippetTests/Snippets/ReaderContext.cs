using System.Collections.Generic;

namespace TokenMint.SnippetTests.Snippets;

/// <summary>
/// What the documentation assumes a reader's code already has: the usings of an application with implicit usings, and
/// the variables and types its fragments mention without declaring (a cancellation token, the configuration, a client…).
/// A snippet gets a declaration only for a name it uses and does not declare itself.
/// </summary>
public static class ReaderContext
{
    /// <summary>The SDK's implicit usings for a web application, less ASP.NET Core's, plus the SDK's root namespace.</summary>
    public static readonly string[] GlobalUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Logging",
        "TokenMint",
    ];

    /// <summary>Variables the fragments use: name → declaration. Nothing runs, so no value needs to be real.</summary>
    public static readonly IReadOnlyDictionary<string, string> Variables = new Dictionary<string, string>
    {
        ["ct"] = "System.Threading.CancellationToken ct = default;",
        ["sourceId"] = "System.Guid sourceId = default;",
        ["configuration"] = "Microsoft.Extensions.Configuration.IConfiguration configuration = null!;",
        ["services"] = "Microsoft.Extensions.DependencyInjection.IServiceCollection services = null!;",
        ["loggerFactory"] = "Microsoft.Extensions.Logging.ILoggerFactory loggerFactory = null!;",
        ["secrets"] = "var secrets = new { OneloopKey = \"\" };",
        ["key"] = "string key = \"\";",
        ["traceId"] = "string traceId = \"\";",
        ["deck"] = "TokenMint.Deck.DeckClient deck = null!;",
        ["request"] = "TokenMint.Deck.CreateConnectionRequest request = null!;",
    };

    /// <summary>Types the fragments use: name → declaration.</summary>
    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>
    {
        ["MyTracingHandler"] = "sealed class MyTracingHandler : System.Net.Http.DelegatingHandler { }",
    };
}
