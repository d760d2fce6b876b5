using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TokenMint.SnippetTests.Snippets;

/// <summary>
/// Compiles a snippet as a consumer's program would be compiled: its usings, then the <see cref="ReaderContext"/> declarations
/// it needs, then its statements as top-level statements, against the assemblies this test runs with (the packages' own
/// net8.0 builds and their dependencies). Nothing is run. The compilation is a separate assembly with no access to
/// TokenMint's internals, so a snippet can use only what the packages publish.
/// </summary>
public static class SnippetCompiler
{
    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The compiler's errors, located in the documentation file (README.md(43,5): error CS1061: …); empty when it compiles.</summary>
    public static IReadOnlyList<string> Errors(Snippet snippet)
    {
        var program = Wrap(snippet);
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(program, ParseOptions, path: snippet.File + ".cs", encoding: Encoding.UTF8),
            CSharpSyntaxTree.ParseText(string.Concat(ReaderContext.GlobalUsings.Select(u => $"global using {u};\n")), ParseOptions, "GlobalUsings.cs"),
        };
        var kind = trees[0].GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any()
            ? OutputKind.ConsoleApplication
            : OutputKind.DynamicallyLinkedLibrary;
        var compilation = CSharpCompilation.Create(
            "DocumentationSnippet",
            trees,
            References.Value,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
    }

    /// <summary>
    /// The program text: the snippet's usings, the reader context it needs (hidden from error locations), its body, and the
    /// types it needs; #line directives map every error back to the documentation file's own lines.
    /// </summary>
    public static string Wrap(Snippet snippet)
    {
        var root = CSharpSyntaxTree.ParseText(snippet.Code, ParseOptions).GetCompilationUnitRoot();
        var split = root.Usings.Count == 0 ? 0 : root.Usings.Last().FullSpan.End;
        var usings = snippet.Code[..split];
        var body = snippet.Code[split..];
        var bodyLine = snippet.Line + usings.Count(c => c == '\n');

        var declared = DeclaredNames(root);
        var used = root.DescendantNodes().OfType<IdentifierNameSyntax>().Select(n => n.Identifier.ValueText).ToHashSet();
        var needed = (IReadOnlyDictionary<string, string> context) =>
            context.Where(entry => used.Contains(entry.Key) && !declared.Contains(entry.Key)).Select(entry => entry.Value);

        var program = new StringBuilder();
        if (usings.Length > 0)
            program.Append($"#line {snippet.Line} \"{snippet.File}\"\n").Append(usings).Append(usings.EndsWith('\n') ? "" : "\n");
        program.Append("#line hidden\n");
        var hasStatements = root.Members.OfType<GlobalStatementSyntax>().Any();
        if (hasStatements)
            foreach (var declaration in needed(ReaderContext.Variables))
                program.Append(declaration).Append('\n');
        program.Append($"#line {bodyLine} \"{snippet.File}\"\n").Append(body);
        if (!body.EndsWith('\n'))
            program.Append('\n');
        program.Append("#line hidden\n");
        foreach (var declaration in needed(ReaderContext.Types))
            program.Append(declaration).Append('\n');
        return program.ToString();
    }

    // Every name the snippet declares anywhere (locals, pattern and out variables, parameters, types), so the context never
    // declares one it would clash with or shadow.
    private static HashSet<string> DeclaredNames(CompilationUnitSyntax root)
    {
        var nodes = root.DescendantNodes().ToList();
        return nodes.OfType<VariableDeclaratorSyntax>().Select(v => v.Identifier.ValueText)
            .Concat(nodes.OfType<SingleVariableDesignationSyntax>().Select(v => v.Identifier.ValueText))
            .Concat(nodes.OfType<ParameterSyntax>().Select(p => p.Identifier.ValueText))
            .Concat(nodes.OfType<ForEachStatementSyntax>().Select(f => f.Identifier.ValueText))
            .Concat(nodes.OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText))
            .ToHashSet();
    }

    // The assemblies the test host resolves for this test project: the runtime, the TokenMint packages (project references,
    // so their net8.0 builds) and everything they depend on, plus what the recipes use (Microsoft.Extensions.Http.Resilience).
    private static MetadataReference[] LoadReferences()
    {
        var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")
            ?? throw new InvalidOperationException("The runtime lists no trusted platform assemblies.");
        return trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
