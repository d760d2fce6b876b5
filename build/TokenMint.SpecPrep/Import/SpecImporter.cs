using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Import;

/// <summary>Writes a vendor's page into specs/&lt;vendor&gt;/ verbatim and records its provenance.</summary>
public sealed class SpecImporter(string specsRoot, Func<DateOnly> today)
{
    public sealed record Result(string File, bool Changed);

    public Result Import(string vendor, SpecSource source, string? fileName = null, bool force = false)
    {
        var document = ValidateOpenApi(source);
        var folder = Path.Combine(specsRoot, vendor);
        Directory.CreateDirectory(folder);
        if (!force)
            CheckSameVendor(folder, document, vendor);
        fileName ??= FileNameFor(source.Operation ?? SingleOperation(document));
        if (!force)
            RefuseServerChange(folder, vendor, fileName, source.Yaml);
        var path = Path.Combine(folder, fileName);
        var bytes = new UTF8Encoding(false).GetBytes(source.Yaml);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var provenance = Provenance.Load(folder);
        var files = (JObject)provenance["files"]!;
        var unchanged = File.Exists(path) && (string?)files[fileName]?["sha256"] == sha && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        if (unchanged)
            return new Result(path, false);
        File.WriteAllBytes(path, bytes);
        var entry = new JObject { ["source"] = source.SourceUrl };
        if (source.DocumentPath is not null)
            entry["document"] = source.DocumentPath;
        if (source.Operation is not null)
            entry["operation"] = source.Operation;
        entry["sha256"] = sha;
        entry["imported"] = today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        files[fileName] = entry;
        Provenance.Save(folder, provenance);
        return new Result(path, true);
    }

    public static string FileNameFor(string operation) =>
        string.Join("-", operation.ToLowerInvariant().Split(' ', '/', '{', '}', '_', '.').Where(s => s.Length > 0)) + ".yaml";

    private static JObject ValidateOpenApi(SpecSource source)
    {
        JObject document;
        try
        {
            document = YamlJson.ParseObject(source.Yaml, source.SourceUrl ?? "the document");
        }
        catch (YamlDotNet.Core.YamlException error)
        {
            throw new SpecException($"{source.SourceUrl}: not valid YAML or JSON: {error.Message}");
        }
        var version = (string?)document["openapi"];
        if (version is null || !(version.StartsWith("3.0", StringComparison.Ordinal) || version.StartsWith("3.1", StringComparison.Ordinal)))
            throw new SpecException($"{source.SourceUrl}: not an OpenAPI 3.0 or 3.1 document (openapi: '{version ?? "missing"}').");
        return document;
    }

    private static void CheckSameVendor(string folder, JObject incoming, string vendor)
    {
        foreach (var page in SpecFolder.Pages(folder))
        {
            var existing = YamlJson.ParseObject(File.ReadAllText(page), page);
            if ((string?)existing["info"]?["title"] != (string?)incoming["info"]?["title"])
                throw new SpecException($"The document's title '{incoming["info"]?["title"]}' is not {vendor}'s ('{existing["info"]?["title"]}'). Pass --force if this is right.");
            return;
        }
    }

    /// <summary>A page that would change where requests go (the vendor's effective servers, overlay included) needs --force.</summary>
    private static void RefuseServerChange(string folder, string vendor, string fileName, string yaml)
    {
        var changes = Diff.ServerImportCheck.Changes(folder, [(fileName, yaml)]);
        if (changes.Count > 0)
            throw new SpecException($"The document changes {vendor}'s servers: {string.Join("; ", changes.Select(c => $"{c.Rule.Change} {c.Location}: {c.Detail}"))}. "
                + "Pass --force if this is right (requests will go where the new servers say).");
    }

    private static string SingleOperation(JObject document)
    {
        var operations = (document["paths"] as JObject)?.Properties()
            .SelectMany(p => ((JObject)p.Value).Properties().Select(o => $"{o.Name} {p.Name}")).ToList() ?? [];
        return operations.Count == 1
            ? operations[0]
            : throw new SpecException($"The document has {operations.Count} operations; pass --name to choose the file name.");
    }
}
