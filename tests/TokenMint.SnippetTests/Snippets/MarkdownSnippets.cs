using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TokenMint.SnippetTests.Snippets;

/// <summary>A ```csharp block of a documentation file.</summary>
/// <param name="File">The file, relative to the repository root, with forward slashes.</param>
/// <param name="Line">The line of the block's first code line, from 1.</param>
/// <param name="Code">The block's text, without the fences.</param>
public sealed record Snippet(string File, int Line, string Code)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>Finds the C# blocks of the documentation a consumer reads.</summary>
public static class MarkdownSnippets
{
    /// <summary>
    /// What a consumer reads: README.md, docs/*.md, and each package's and sample's README.md. Not CONTRIBUTING.md, whose
    /// blocks are test-suite code written against the tests' own helpers.
    /// </summary>
    public static IEnumerable<string> DocumentationFiles(string repoRoot) =>
        new[] { "README.md", "docs/*.md", "src/*/README.md", "samples/*/README.md" }
            .SelectMany(pattern => Glob(repoRoot, pattern))
            .Select(path => Path.GetRelativePath(repoRoot, path).Replace('\\', '/'))
            .Distinct()
            .OrderBy(path => path, StringComparer.Ordinal);

    /// <summary>Every ```csharp block of every documentation file.</summary>
    public static IEnumerable<Snippet> All(string repoRoot) =>
        DocumentationFiles(repoRoot).SelectMany(file => Extract(file, File.ReadAllText(Path.Combine(repoRoot, file))));

    /// <summary>The ```csharp blocks of one file's text; an unclosed block is an error, not silently dropped.</summary>
    public static IEnumerable<Snippet> Extract(string file, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsCSharpFence(lines[i]))
                continue;
            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].Trim() != "```")
                end++;
            if (end == lines.Length)
                throw new FormatException($"{file}:{i + 1}: the ```csharp block is never closed.");
            yield return new Snippet(file, start + 1, string.Join("\n", lines[start..end]) + "\n");
            i = end;
        }
    }

    /// <summary>How many lines open a C# block, counted independently of <see cref="Extract"/>.</summary>
    public static int CountFences(string markdown) => markdown.Replace("\r\n", "\n").Split('\n').Count(IsCSharpFence);

    private static bool IsCSharpFence(string line) =>
        line.TrimStart().StartsWith("```", StringComparison.Ordinal)
        && line.Trim().TrimStart('`').Trim() is "csharp" or "cs" or "c#" or "C#";

    private static IEnumerable<string> Glob(string root, string pattern)
    {
        var parts = pattern.Split('/');
        IEnumerable<string> directories = [root];
        foreach (var part in parts[..^1])
            directories = directories.SelectMany(d => part.Contains('*') ? Directory.EnumerateDirectories(d, part) : [Path.Combine(d, part)])
                .Where(Directory.Exists);
        return directories.SelectMany(d => Directory.EnumerateFiles(d, parts[^1]));
    }
}
