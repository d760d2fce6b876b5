using System.Collections.Generic;
using System.Linq;

namespace TokenMint.SpecPrep.Vendors;

/// <summary>
/// The hand-written files of a new vendor's project, as new-vendor first writes them. They hold what C# must say per vendor
/// (the client's constructor from options, its summary, the package README); everything else comes from Core, Vendor.props
/// and the generated code.
/// </summary>
public static class ProjectFiles
{
    public static string Project(string name) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <RootNamespace>TokenMint.{name}</RootNamespace>
            <TokenMintVendor>{name}</TokenMintVendor>
          </PropertyGroup>
          <Import Project="../Vendor.props" />
        </Project>

        """;

    /// <summary>The client partial every vendor has (src/TokenMint.Deck/DeckClient.cs is the same but for names and summary).</summary>
    public static string ClientPartial(string name, string display) => $$"""
        using System.Net.Http;
        using TokenMint.Http;

        namespace TokenMint.{{name}};

        // CUSTOM: client wiring. NSwag generates the ({{name}}ClientOptions, HttpClient) constructor, whose base (ClientBase) resolves the
        // options; this adds the constructor that creates its own HttpClient, and points the client at the resolved base URL.
        /// <summary>Client for the {{display}} API.</summary>
        public partial class {{name}}Client
        {
            /// <summary>
            /// Creates a client with its own HttpClient, which retries transient failures and enforces the options' timeouts.
            /// Create one and reuse it, as with HttpClient; dispose it when done, which disposes that HttpClient.
            /// </summary>
            /// <exception cref="MissingCredentialException">A credential is in neither the options nor the environment.</exception>
            /// <exception cref="InvalidCredentialException">A credential holds a control or non-ASCII character.</exception>
            /// <exception cref="System.ArgumentException">An option is out of range, or BaseUri is not HTTPS or holds user info.</exception>
            public {{name}}Client({{name}}ClientOptions options)
                : this(options, TokenMintHttpClient.Create(options)) => OwnHttpClient(_httpClient);

            // Called by the generated constructor once the HttpClient is stored: the options' base URL replaces the spec's first server.
            partial void Initialize() => _baseUrl = ResolvedBaseUrl(_httpClient);
        }

        """;

    public static string Readme(VendorManifest vendor, string display, IReadOnlyList<OverlaySkeleton.Operation> operations)
    {
        var variable = char.ToLowerInvariant(vendor.Name[0]) + vendor.Name[1..];
        var credentials = string.Join(", ", vendor.Credentials.Select(c => $"{c.Option} = \"…\""));
        var fallbacks = string.Join(", ", vendor.Credentials.Select(c => $"`{c.Option}` to the `{c.EnvironmentVariable}` environment variable"));
        return $$"""
            # {{vendor.Package}}

            A typed, resilient client for the {{display}} API.

            ```bash
            dotnet add package {{vendor.Package}}
            ```

            ```csharp
            using TokenMint.{{vendor.Name}};
            using var {{variable}} = new {{vendor.Name}}Client(new {{vendor.Name}}ClientOptions { {{credentials}} });
            ```

            Operations: {{string.Join(", ", operations.Select(o => $"`{o.Name}Async` ({o.Key})"))}}. Every one has an overload that takes
            `RequestOptions` (an idempotency key, extra headers). With dependency injection: `services.Add{{vendor.Name}}Client(configuration.GetSection("{{vendor.Name}}"))`.

            {{(vendor.Credentials.Count == 0 ? "" : $"Credentials fall back: {fallbacks}. ")}}Failures throw `TokenMint.ApiException`.

            The client owns the HttpClient it creates: create one, reuse it, and dispose it when done. Credentials are
            trimmed of surrounding whitespace (a secret file's final newline); any other control or non-ASCII character
            throws `InvalidCredentialException` when the client is created.

            """;
    }
}
