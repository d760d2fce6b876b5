using System.Collections.Generic;
using System.Linq;

namespace TokenMint.SpecPrep.Vendors;

/// <summary>
/// The hand-written files of a new vendor's project, as new-vendor first writes them: the project file and the package README.
/// Everything else comes from Core, Vendor.props and the generated code (the client's wiring and summary from vendor.json).
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

    public static string Readme(VendorManifest vendor, string display, IReadOnlyList<OverlaySkeleton.Operation> operations)
    {
        var variable = Naming.CamelCase(vendor.Name);
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
