using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Vendors;

/// <summary>One credential a vendor's options take: the option, its environment variable, and the security scheme that sends it.</summary>
/// <param name="Option">The options property, such as ApiKey.</param>
/// <param name="EnvironmentVariable">Read when the option is not set, such as DECART_API_KEY.</param>
/// <param name="SecurityScheme">The effective spec's <c>components.securitySchemes</c> entry that puts it on the wire.</param>
/// <param name="Summary">What it is, for the property's documentation: "Your Decart API key".</param>
/// <param name="Remarks">A sentence added to the documentation, or null.</param>
/// <param name="Secret">False for an identifier such as Deck's client id, which ToString shows; a secret shows as ***.</param>
public sealed record CredentialDeclaration(string Option, string EnvironmentVariable, string SecurityScheme, string Summary, string? Remarks, bool Secret);

/// <summary>
/// specs/&lt;id&gt;/vendor.json: what a person decides about a vendor that its spec does not say, namely its C# name (namespace
/// TokenMint.&lt;Name&gt;, package TokenMint.&lt;Name&gt;, &lt;Name&gt;Client, Add&lt;Name&gt;Client) and how its credentials are
/// named and documented, and the client's summary. The vendor list is the set of these files: generation, the tests and CI
/// derive it from them.
/// </summary>
/// <param name="Summary">The client class's XML summary: "Client for the Deck API: link tokens for the Auth SDK, and connections."</param>
public sealed record VendorManifest(string Id, string Name, string Summary, IReadOnlyList<CredentialDeclaration> Credentials)
{
    public const string FileName = "vendor.json";

    private static readonly Regex PascalName = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex EnvironmentName = new("^[A-Z][A-Z0-9_]*$", RegexOptions.CultureInvariant);
    private static readonly Regex FolderName = new("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant);

    /// <summary>The NuGet package and assembly: TokenMint.&lt;Name&gt;.</summary>
    public string Package => "TokenMint." + Name;

    /// <summary>Reads and checks specs/&lt;id&gt;/vendor.json; throws naming the file and the fix.</summary>
    public static VendorManifest Read(string vendorFolder)
    {
        var id = Path.GetFileName(Path.GetFullPath(vendorFolder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var path = Path.Combine(vendorFolder, FileName);
        var where = $"specs/{id}/{FileName}";
        if (!File.Exists(path))
            throw new SpecException($"{where} is missing: every vendor folder declares its C# name and credentials there (new-vendor writes one).");
        JObject json;
        try
        {
            json = JObject.Parse(File.ReadAllText(path));
        }
        catch (JsonReaderException error)
        {
            throw new SpecException($"{where}: {error.Message}");
        }
        if (!FolderName.IsMatch(id))
            throw new SpecException($"{where}: the folder name '{id}' must be lower case letters, digits and hyphens, starting with a letter.");
        var name = (string?)json["name"];
        if (name is null || !PascalName.IsMatch(name))
            throw new SpecException($"{where}: name must be a PascalCase identifier (the C# name: TokenMint.<Name>, <Name>Client); got '{name}'.");
        var summary = (string?)json["summary"];
        if (string.IsNullOrWhiteSpace(summary))
            throw new SpecException($"{where}: summary is missing: one sentence that documents {name}Client (\"Client for the … API: what it mints.\").");
        // Empty only for an API without auth: the build checks the credentials against the spec's security schemes, one to one.
        var credentials = (json["credentials"] as JArray ?? []).Select((entry, index) => Credential(entry as JObject, $"{where} credentials[{index}]")).ToList();
        Unique(credentials.Select(c => c.Option), where, "option");
        Unique(credentials.Select(c => c.EnvironmentVariable), where, "environmentVariable");
        Unique(credentials.Select(c => c.SecurityScheme), where, "securityScheme");
        return new VendorManifest(id, name, summary.Trim(), credentials);
    }

    /// <summary>Every vendor: the folders of <paramref name="specsFolder"/>, in ordinal order of their id.</summary>
    public static IReadOnlyList<VendorManifest> All(string specsFolder) =>
        Directory.GetDirectories(specsFolder).OrderBy(d => Path.GetFileName(d), StringComparer.Ordinal).Select(Read).ToList();

    private static CredentialDeclaration Credential(JObject? entry, string where)
    {
        string Required(string key, Regex? shape = null)
        {
            var value = (string?)entry?[key];
            if (string.IsNullOrWhiteSpace(value) || (shape is not null && !shape.IsMatch(value)))
                throw new SpecException($"{where}: {key} is missing or malformed ('{value}').");
            return value;
        }
        var option = Required("option", PascalName);
        if (option is "BaseUri" or "Environment" or "MaxRetries" or "InitialRetryDelay" or "MaxRetryDelay" or "MaxRetryAfter" or "AttemptTimeout"
            or "OverallTimeout" or "MaxResponseSize" or "LoggerFactory" or "TimeProvider")
            throw new SpecException($"{where}: option '{option}' is already a setting of every client; name the credential after what it is.");
        return new CredentialDeclaration(option, Required("environmentVariable", EnvironmentName), Required("securityScheme"), Required("summary"),
            (string?)entry!["remarks"], (bool?)entry["secret"] ?? true);
    }

    private static void Unique(IEnumerable<string> values, string where, string key)
    {
        if (values.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw new SpecException($"{where}: two credentials have {key} '{duplicate.Key}'.");
    }
}
