using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using TokenMint.SpecPrep.Wire;

namespace TokenMint.SpecPrep.Vendors;

/// <summary>
/// Writes what every vendor package has and that differs only in names, summary, credentials and headers: the client's wiring
/// (its summary and options-only constructor), the options class (with the environment enum when the overlay names servers) and
/// the dependency-injection extensions, from specs/&lt;id&gt;/vendor.json and the effective spec. One generator instead of a hand-written copy per vendor; the behaviour behind them lives in Core.
/// </summary>
public static class VendorCode
{
    public static string OptionsFileName(string vendor) => $"{vendor}ClientOptions.g.cs";

    public static string RegistrationFileName(string vendor) => $"{vendor}ServiceCollectionExtensions.g.cs";

    public static string WiringFileName(string vendor) => $"{vendor}Client.Wiring.g.cs";

    /// <summary>Each credential with the header that carries it, checked against the spec's schemes in both directions.</summary>
    public static IReadOnlyList<(CredentialDeclaration Credential, AuthHeader Header)> Credentials(VendorManifest vendor, JObject document)
    {
        var headers = SecuritySchemes.ForGeneration(document, vendor.Id).ToDictionary(h => h.Scheme, StringComparer.Ordinal);
        var where = $"specs/{vendor.Id}/{VendorManifest.FileName}";
        foreach (var credential in vendor.Credentials.Where(c => !headers.ContainsKey(c.SecurityScheme)))
            throw new SpecException($"{where}: credential {credential.Option} names securityScheme '{credential.SecurityScheme}', which the effective spec does not have "
                + $"(it has: {string.Join(", ", headers.Keys.DefaultIfEmpty("none"))}). Name one of those, or add the scheme in specs/{vendor.Id}/{SpecPreparer.OverlayFileName}.");
        foreach (var scheme in headers.Keys.Where(s => vendor.Credentials.All(c => c.SecurityScheme != s)))
            throw new SpecException($"{where}: the effective spec's security scheme '{scheme}' ({headers[scheme].Description}) has no credential; "
                + "declare one (option, environmentVariable, securityScheme, summary) so the client can send it.");
        return vendor.Credentials.Select(c => (c, headers[c.SecurityScheme])).ToList();
    }

    /// <summary>The servers callers choose between (x-tokenmint-environment), in the spec's order; empty when the overlay names none.</summary>
    public static IReadOnlyList<Server> Environments(VendorManifest vendor, JObject document)
    {
        var servers = ServerList.ForGeneration(document, vendor.Id);
        var named = servers.Where(s => s.Environment is not null).ToList();
        if (named.Count > 0 && servers[0].Environment is null)
            throw new SpecException($"{vendor.Id}: the overlay names environments ({ServerList.EnvironmentExtension}) but not servers[0], the default; name it too.");
        return named;
    }

    public static string Options(VendorManifest vendor, JObject document)
    {
        var credentials = Credentials(vendor, document);
        var environments = Environments(vendor, document);
        var name = vendor.Name;
        var options = name + "ClientOptions";
        var code = new StringBuilder(Header(vendor, "options"));
        code.Append($$"""
            namespace TokenMint.{{name}}
            {
                /// <summary>Settings for <see cref="{{name}}Client"/>.</summary>
                public sealed partial class {{options}} : global::TokenMint.ClientOptions
                {

            """);
        foreach (var (credential, header) in credentials)
        {
            code.Append($$"""
                        /// <summary>
                        /// {{Xml(credential.Summary)}}, {{Sent(header)}}. Read from {{credential.EnvironmentVariable}} when not set.{{(credential.Remarks is null ? "" : " " + Xml(credential.Remarks))}}
                        /// Trimmed of leading and trailing whitespace; any other control or non-ASCII character is an <see cref="global::TokenMint.InvalidCredentialException"/>.
                        /// </summary>
                        public string? {{credential.Option}} { get; set; }


                """);
        }
        if (environments.Count > 0)
        {
            var choices = string.Join(", ", environments.Select((e, i) => i == 0 ? $"{e.Environment} (default)" : e.Environment));
            var last = choices.LastIndexOf(", ", StringComparison.Ordinal);
            choices = last < 0 ? choices : choices[..last] + " or " + choices[(last + 2)..];
            code.Append($$"""
                        /// <summary>{{choices}}; ignored when <see cref="global::TokenMint.ClientOptions.BaseUri"/> is set.</summary>
                        public {{name}}Environment Environment { get; set; } = {{name}}Environment.{{environments[0].Environment}};


                """);
        }
        var shown = credentials.Select(c => c.Credential.Secret
                ? $"{c.Credential.Option} = {{(global::TokenMint.Credential.Describe({c.Credential.Option}))}}"
                : $"{c.Credential.Option} = {{{c.Credential.Option} ?? \"(not set)\"}}")
            .Concat(environments.Count > 0 ? ["Environment = {Environment}"] : [])
            .Append("BaseUri = {(global::TokenMint.Http.BaseUri.Describe(BaseUri))}");
        // Parenthesized holes: in an interpolated string, the colon of global:: would start a format.
        var toString = "$\"" + options + " {{ " + string.Join(", ", shown) + " }}\"";
        code.Append($$"""
                    /// <inheritdoc />
                    public override string ToString() =>
                        {{toString}};

                    internal override global::TokenMint.Http.ClientSettings Resolve()
                    {

            """);
        foreach (var (credential, _) in credentials)
            code.Append($"            var {Local(credential.Option)} = global::TokenMint.Credential.Resolve({credential.Option}, \"{options}.{credential.Option}\", \"{credential.EnvironmentVariable}\");\n");
        var defaultUrl = environments.Count > 0 ? "DefaultBaseUrl(Environment)" : $"{name}Spec.Servers.{ServerList.DefaultName}";
        var signs = string.Concat(credentials.Select(c => $", {name}Spec.Auth.{Naming.PascalCase(c.Header.Scheme)}({Local(c.Credential.Option)})"));
        code.Append($$"""
                        var resolvedBaseUrl = global::TokenMint.Http.BaseUri.Normalize(BaseUri ?? new global::System.Uri({{defaultUrl}}), "{{options}}.BaseUri");
                        return new global::TokenMint.Http.ClientSettings(resolvedBaseUrl, new global::TokenMint.Http.HeaderAuthenticator(resolvedBaseUrl{{signs}}));
                    }

            """);
        if (environments.Count > 0)
        {
            code.Append($$"""

                        // The spec's servers, named by the overlay (specs/{{vendor.Id}}/{{SpecPreparer.OverlayFileName}}).
                        private static string DefaultBaseUrl({{name}}Environment environment) => environment switch
                        {

                """);
            foreach (var environment in environments)
                code.Append($"            {name}Environment.{environment.Environment} => {name}Spec.Servers.{environment.Environment},\n");
            code.Append($$"""
                            _ => throw new global::System.ArgumentOutOfRangeException(nameof(environment), environment, "Unknown {{name}} environment."),
                        };

                """);
        }
        code.Append("    }\n");
        if (environments.Count > 0)
        {
            code.Append($$"""

                    /// <summary>Which {{name}} environment a client talks to: the spec's servers that the overlay names.</summary>
                    public enum {{name}}Environment
                    {

                """);
            foreach (var environment in environments)
            {
                var what = environment.Description is null ? "" : Xml(environment.Description) + ": ";
                var role = environment.Index == 0 ? $"servers[0] of the spec; the default" : $"servers[{environment.Index}] of the spec";
                code.Append($"        /// <summary>{what}{Xml(environment.Url)} ({role}).</summary>\n");
                code.Append($"        {environment.Environment},\n\n");
            }
            code.Length--;
            code.Append("    }\n");
        }
        code.Append("}\n");
        return code.ToString();
    }

    /// <summary>
    /// The client's summary and the constructor from options alone. NSwag generates the (options, HttpClient) constructor, whose
    /// base (ClientBase) resolves the options; this adds the one that creates its own HttpClient, and points the client at the
    /// resolved base URL.
    /// </summary>
    public static string Wiring(VendorManifest vendor)
    {
        var name = vendor.Name;
        var code = new StringBuilder(Header(vendor, "client wiring", "summary"));
        code.Append($$"""
            namespace TokenMint.{{name}}
            {
                /// <summary>{{Xml(vendor.Summary)}}</summary>
                public partial class {{name}}Client
                {
                    // TokenMintHttpClient.Create checks the options before it creates the HttpClient, so a refused one leaves nothing to dispose.
                    /// <summary>
                    /// Creates a client with its own HttpClient, which retries transient failures and enforces the options' timeouts.
                    /// Create one and reuse it, as with HttpClient; dispose it when done, which disposes that HttpClient.
                    /// </summary>
                    /// <exception cref="global::TokenMint.MissingCredentialException">A credential is in neither the options nor the environment.</exception>
                    /// <exception cref="global::TokenMint.InvalidCredentialException">A credential holds a control or non-ASCII character.</exception>
                    /// <exception cref="global::System.ArgumentException">An option is out of range, or BaseUri is not HTTPS or holds user info.</exception>
                    public {{name}}Client({{name}}ClientOptions options)
                        : this(options, global::TokenMint.Http.TokenMintHttpClient.Create(options)) => OwnHttpClient(_httpClient);

                    // Called by the generated constructor once the HttpClient is stored: the options' base URL replaces the spec's first server.
                    partial void Initialize() => _baseUrl = ResolvedBaseUrl(_httpClient);
                }
            }

            """);
        return code.ToString();
    }

    public static string Registration(VendorManifest vendor, JObject document)
    {
        var headers = Credentials(vendor, document).Select(c => c.Header.Header).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var name = vendor.Name;
        var logged = headers.Count switch
        {
            0 => "",
            1 => $"\n        /// The factory's logging shows its {headers[0]} value as \"*\".",
            _ => $"\n        /// The factory's logging shows its {string.Join(", ", headers.Take(headers.Count - 1))} and {headers[^1]} values as \"*\".",
        };
        var client = $"global::TokenMint.{name}.{name}Client";
        var contract = $"global::TokenMint.{name}.I{name}Client";
        var options = $"global::TokenMint.{name}.{name}ClientOptions";
        var code = new StringBuilder(Header(vendor, "dependency-injection"));
        code.Append($$"""
            namespace Microsoft.Extensions.DependencyInjection
            {
                /// <summary>Registers <see cref="{{client}}"/> with dependency injection.</summary>
                public static class {{name}}ServiceCollectionExtensions
                {
                    /// <summary>
                    /// Registers <see cref="{{client}}"/> and <see cref="{{contract}}"/> as typed clients, with options bound from
                    /// <paramref name="configuration"/> (for example the "{{name}}" section) and validated at start.{{logged}}
                    /// </summary>
                    /// <returns>The HttpClient builder, to add your own handlers.</returns>
                    public static IHttpClientBuilder Add{{name}}Client(this IServiceCollection services, global::Microsoft.Extensions.Configuration.IConfiguration configuration) =>
                        Add(services, configuration ?? throw new global::System.ArgumentNullException(nameof(configuration)), null);

                    /// <summary>
                    /// Registers <see cref="{{client}}"/> and <see cref="{{contract}}"/> as typed clients, with options set in code and validated at start.{{logged}}
                    /// </summary>
                    /// <returns>The HttpClient builder, to add your own handlers.</returns>
                    public static IHttpClientBuilder Add{{name}}Client(this IServiceCollection services, global::System.Action<{{options}}> configure) =>
                        Add(services, null, configure ?? throw new global::System.ArgumentNullException(nameof(configure)));

                    // The credential headers {{name}}ClientOptions.Resolve sends: IHttpClientFactory's logging shows them as "*".
                    private static IHttpClientBuilder Add(IServiceCollection services, global::Microsoft.Extensions.Configuration.IConfiguration? configuration, global::System.Action<{{options}}>? configure) =>
                        global::TokenMint.DependencyInjection.TokenMintClientRegistration.Add<{{contract}}, {{client}}, {{options}}>(
                            services, configuration, configure, options => options.Resolve(), (options, http) => new {{client}}(options, http){{string.Concat(headers.Select(h => $", \"{h}\""))}});
                }
            }

            """);
        return code.ToString();
    }

    private static string Header(VendorManifest vendor, string what, string? fromManifestOnly = null) => fromManifestOnly is null ? $"""
        //----------------------
        // <auto-generated>
        //     Generated by TokenMint.SpecPrep: the {vendor.Name} {what} code, from specs/{vendor.Id}/{VendorManifest.FileName} and the effective spec
        //     (servers, components.securitySchemes). Change those (vendor.json, a page or overlay.yaml) and build; never edit by hand.
        // </auto-generated>
        //----------------------

        #nullable enable


        """ : $"""
        //----------------------
        // <auto-generated>
        //     Generated by TokenMint.SpecPrep: the {vendor.Name} {what} code, from specs/{vendor.Id}/{VendorManifest.FileName} (its {fromManifestOnly}).
        //     Change that and build; never edit by hand.
        // </auto-generated>
        //----------------------

        #nullable enable


        """;

    // "sent in the x-api-key header (the spec's apiKey scheme)", "sent as a bearer token in the Authorization header (…)".
    private static string Sent(AuthHeader header) =>
        header.Prefix.Length == 0
            ? $"sent in the {header.Header} header (the spec's {header.Scheme} scheme)"
            : $"sent as a {header.Prefix.Trim().ToLowerInvariant()} token in the {header.Header} header (the spec's {header.Scheme} scheme)";

    // The option in camelCase, as a local variable; escaped when that is a C# keyword ("Event" → @event).
    private static string Local(string option)
    {
        var local = Naming.CamelCase(option);
        return Keywords.Contains(local) ? "@" + local : local;
    }

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal", "default",
        "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if",
        "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
        "volatile", "while",
    };

    private static string Xml(string text) => WebUtility.HtmlEncode(string.Join(" ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim());
}
