using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Newtonsoft.Json.Linq;
using TokenMint.SpecPrep.Tests.Diff;

namespace TokenMint.SpecPrep.Tests.Templates;

/// <summary>One entry of build/templates/upstream.json: the upstream template a file of build/templates overrides.</summary>
public sealed record RecordedTemplate(string Name, string Assembly, string NSwagMSBuildVersion, string Sha256)
{
    public override string ToString() => Name;
}

/// <summary>
/// NSwag's and NJsonSchema's own templates, as the restored NSwag.MSBuild package ships them: embedded resources
/// ("NSwag.CodeGeneration.CSharp.Templates.Client.Class.liquid") of the assemblies in its tools folder. Read from the files'
/// metadata, without loading the assemblies.
/// </summary>
internal static class UpstreamTemplates
{
    public static string TemplatesFolder => Path.Combine(NSwagGeneration.RepoRoot, "build", "templates");

    public static string RecordPath => Path.Combine(TemplatesFolder, "upstream.json");

    public static IReadOnlyList<RecordedTemplate> Recorded() =>
        ((JObject)JObject.Parse(File.ReadAllText(RecordPath))["templates"]!).Properties()
            .Select(p => new RecordedTemplate(p.Name, (string)p.Value["assembly"]!, (string)p.Value["nswagMSBuild"]!, (string)p.Value["sha256"]!))
            .ToList();

    /// <summary>The NSwag.MSBuild version Directory.Packages.props pins.</summary>
    public static string PinnedNSwagMSBuildVersion()
    {
        var props = XDocument.Load(Path.Combine(NSwagGeneration.RepoRoot, "Directory.Packages.props"));
        return props.Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == "NSwag.MSBuild").Attribute("Version")!.Value;
    }

    /// <summary>The package's tools folder the build runs NSwag from (tools/Net100, as nswag.json's runtime says).</summary>
    public static string ToolsFolder =>
        typeof(UpstreamTemplates).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NSwagDir").Value!;

    /// <summary>Every template <paramref name="assembly"/> embeds, by file name ("Client.Class.liquid"), as text.</summary>
    public static IReadOnlyDictionary<string, string> In(string assembly)
    {
        var prefix = assembly + ".Templates.";
        using var pe = new PEReader(File.OpenRead(Path.Combine(ToolsFolder, assembly + ".dll")));
        var metadata = pe.GetMetadataReader();
        var resources = pe.GetSectionData(pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            var name = metadata.GetString(resource.Name);
            if (!resource.Implementation.IsNil || !name.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            // An embedded resource is its length (4 bytes) followed by its bytes, at its offset in the resources section.
            var reader = resources.GetReader((int)resource.Offset, resources.Length - (int)resource.Offset);
            var bytes = reader.ReadBytes(reader.ReadInt32());
            templates[name[prefix.Length..]] = Encoding.UTF8.GetString(bytes);
        }
        return templates;
    }

    /// <summary>The hash upstream.json records: of the text without a byte order mark, with LF line ends.</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF').Replace("\r\n", "\n"))));
}
