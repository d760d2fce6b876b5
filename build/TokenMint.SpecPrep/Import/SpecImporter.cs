using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Import;

/// <summary>
/// Writes a vendor's page into specs/&lt;vendor&gt;/ verbatim and records its provenance. A page already vendored under another
/// file (its operation moved: same page URL, new path) replaces that file, and the overlay's actions on the operation follow it.
/// </summary>
public sealed class SpecImporter(string specsRoot, Func<DateOnly> today)
{
    /// <param name="Move">Set when the page was vendored before as another file, which this import replaced.</param>
    public sealed record Result(string File, bool Changed, PageMove? Move = null);

    /// <summary>The same page (by its URL) vendored before as <paramref name="FromFile"/> for <paramref name="FromOperation"/>.</summary>
    /// <param name="OverlayTargetsMoved">How many overlay actions now target the new operation instead of the old one.</param>
    public sealed record PageMove(string PageUrl, string FromFile, string? FromOperation, string? ToOperation, int OverlayTargetsMoved)
    {
        public bool OperationMoved => FromOperation is not null && ToOperation is not null && FromOperation != ToOperation;

        public override string ToString() => OperationMoved
            ? $"operation moved: {Key(FromOperation!)} → {Key(ToOperation!)}"
            : $"replaces {FromFile}";

        /// <summary>"post /link/token" as the report writes it: "POST /link/token".</summary>
        public static string Key(string operation) => operation.Split(' ', 2) is [var method, var path] ? $"{method.ToUpperInvariant()} {path}" : operation;
    }

    public Result Import(string vendor, SpecSource source, string? fileName = null, bool force = false)
    {
        var document = ValidateOpenApi(source);
        var folder = Path.Combine(specsRoot, vendor);
        if (!force)
            CheckSameVendor(folder, document, vendor, source.Origin);
        var operation = source.Operation ?? OnlyOperation(document);
        fileName ??= FileNameFor(operation ?? throw new SpecException(
            $"{source.Origin}: the document has {Operations(document).Count} operations; pass --name to choose the file name."));
        if (!force)
            RefuseServerChange(folder, vendor, fileName, source);
        var pageUrl = source.PageUrl ?? (source.DocsIndex is not null && operation is not null ? PageUrls.Derive(source.DocsIndex, document, operation) : null);

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        var bytes = new UTF8Encoding(false).GetBytes(source.Yaml);
        var sha = Sha256(source.Yaml);
        var provenance = Provenance.Load(folder);
        var files = Provenance.Files(provenance);
        var previous = pageUrl is null ? null : Provenance.FileOf(provenance, folder, pageUrl);
        if (previous is null || previous == fileName)
        {
            var existing = files[fileName] as JObject;
            if (File.Exists(path) && (string?)existing?["sha256"] == sha && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                // Same content: the import date stays. A record written before page URLs were kept is brought up to date.
                var refreshed = Entry(source, pageUrl, operation, sha, (string?)existing!["imported"]);
                if (!JToken.DeepEquals(refreshed, existing))
                {
                    files[fileName] = refreshed;
                    Provenance.Save(folder, provenance);
                }
                return new Result(path, false);
            }
        }

        PageMove? move = null;
        if (previous is not null && previous != fileName)
        {
            var fromOperation = (string?)files[previous]?["operation"];
            File.Delete(Path.Combine(folder, previous));
            files.Remove(previous);
            var retargeted = fromOperation is not null && operation is not null && fromOperation != operation
                ? OverlayRetarget.Apply(folder, fromOperation, operation)
                : 0;
            move = new PageMove(pageUrl!, previous, fromOperation, operation, retargeted);
        }
        File.WriteAllBytes(path, bytes);
        files[fileName] = Entry(source, pageUrl, operation, sha, today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Provenance.Save(folder, provenance);
        return new Result(path, true, move);
    }

    /// <summary>The sha256 provenance.json records for a page: of its document's UTF-8 bytes, as written to specs/.</summary>
    internal static string Sha256(string yaml) => Convert.ToHexStringLower(SHA256.HashData(new UTF8Encoding(false).GetBytes(yaml)));

    public static string FileNameFor(string operation) =>
        string.Join("-", operation.ToLowerInvariant().Split(' ', '/', '{', '}', '_', '.').Where(s => s.Length > 0)) + ".yaml";

    private static JObject Entry(SpecSource source, string? pageUrl, string? operation, string sha, string? imported)
    {
        var entry = new JObject();
        if (pageUrl is not null)
            entry["source"] = pageUrl;
        if (source.DocsIndex is not null)
            entry["index"] = source.DocsIndex;
        if (source.DocumentPath is not null)
            entry["document"] = source.DocumentPath;
        if (operation is not null)
            entry["operation"] = operation;
        entry["sha256"] = sha;
        entry["imported"] = imported;
        return entry;
    }

    internal static JObject ValidateOpenApi(SpecSource source)
    {
        var document = YamlJson.ParseObject(source.Yaml, source.Origin, source.FirstLine);
        var version = (string?)document["openapi"];
        if (version is null || !(version.StartsWith("3.0", StringComparison.Ordinal) || version.StartsWith("3.1", StringComparison.Ordinal)))
            throw new SpecException($"{source.Origin}: not an OpenAPI 3.0 or 3.1 document (openapi: '{version ?? "missing"}').");
        return document;
    }

    private static void CheckSameVendor(string folder, JObject incoming, string vendor, string origin)
    {
        if (!Directory.Exists(folder))
            return;
        foreach (var page in SpecFolder.Pages(folder))
        {
            var existing = YamlJson.ParseObject(File.ReadAllText(page), page);
            if ((string?)existing["info"]?["title"] != (string?)incoming["info"]?["title"])
                throw new SpecException($"{origin}: the document's title '{incoming["info"]?["title"]}' is not {vendor}'s ('{existing["info"]?["title"]}'). Pass --force if this is right.");
            return;
        }
    }

    /// <summary>A page that would change where requests go (the vendor's effective servers, overlay included) needs --force.</summary>
    private static void RefuseServerChange(string folder, string vendor, string fileName, SpecSource source)
    {
        var changes = Diff.ServerImportCheck.Changes(folder, [(fileName, source.Yaml)]);
        if (changes.Count > 0)
            throw new SpecException($"{source.Origin}: the document changes {vendor}'s servers: {string.Join("; ", changes.Select(c => $"{c.Rule.Change} {c.Location}: {c.Detail}"))}. "
                + "Pass --force if this is right (requests will go where the new servers say).");
    }

    private static string? OnlyOperation(JObject document) => Operations(document) is [var only] ? only : null;

    private static System.Collections.Generic.List<string> Operations(JObject document) =>
        (document["paths"] as JObject)?.Properties()
            .SelectMany(p => (p.Value as JObject)?.Properties().Select(o => $"{o.Name} {p.Name}") ?? []).ToList() ?? [];
}
