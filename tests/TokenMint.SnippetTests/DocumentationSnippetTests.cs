using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;
using TokenMint.SnippetTests.Snippets;

namespace TokenMint.SnippetTests;

/// <summary>The C# a reader copies from the documentation compiles against what the packages publish.</summary>
[TestFixture]
public sealed class DocumentationSnippetTests
{
    private static readonly string RepoRoot = FindRepoRoot(AppContext.BaseDirectory);

    public static IEnumerable<TestCaseData> Snippets =>
        MarkdownSnippets.All(RepoRoot).Select(s => new TestCaseData(s).SetArgDisplayNames(s.ToString()));

    [TestCaseSource(nameof(Snippets))]
    public void SnippetCompilesAgainstThePackages(Snippet snippet)
    {
        var errors = SnippetCompiler.Errors(snippet);

        Assert.That(errors, Is.Empty, $"{snippet} does not compile. The program it was compiled as:\n{SnippetCompiler.Wrap(snippet)}");
    }

    [Test]
    public void EveryCSharpFenceInTheDocumentationIsASnippetUnderTest()
    {
        var fences = MarkdownSnippets.DocumentationFiles(RepoRoot).Sum(file => MarkdownSnippets.CountFences(File.ReadAllText(Path.Combine(RepoRoot, file))));

        Assert.Multiple(() =>
        {
            Assert.That(MarkdownSnippets.All(RepoRoot).Count(), Is.EqualTo(fences));
            Assert.That(MarkdownSnippets.DocumentationFiles(RepoRoot), Does.Contain("README.md").And.Contain("docs/resilience.md").And.Contain("src/TokenMint.Deck/README.md"));
            Assert.That(fences, Is.GreaterThanOrEqualTo(10), "the README, docs/ and the package READMEs hold at least ten C# blocks");
        });
    }

    [Test]
    public void SnippetNamingAMissingMemberFailsWithItsDocumentationLine()
    {
        var snippet = new Snippet("README.md", 40, """
            using TokenMint.Deck;
            var deck = new DeckClient(new DeckClientOptions { ClientId = "id", Secret = "secret" });
            var link = await deck.CreateLinkTokenAsyncc(new CreateLinkTokenRequest(), ct);
            """);

        var errors = SnippetCompiler.Errors(snippet);

        Assert.That(errors, Has.Some.Contains("README.md(42,").And.Contains("CS1061").And.Contains("CreateLinkTokenAsyncc"));
    }

    [Test]
    public void SnippetUsingCoreInternalsFailsToCompile()
    {
        var snippet = new Snippet("README.md", 1, """
            using TokenMint.Http;
            var handler = TokenMintHttpClient.CreatePrimaryHandler();
            """);

        var errors = SnippetCompiler.Errors(snippet);

        Assert.That(errors, Has.Some.Contains("CS0122").And.Contains("TokenMintHttpClient"));
    }

    [Test]
    public void ConsumerDerivingFromAClientCannotReachClientBaseHelpers()
    {
        // The helpers are private protected: the vendor assemblies (Core's friends) call them, a consumer's subclass cannot.
        var snippet = new Snippet("README.md", 1, """
            using System.Net.Http;
            using TokenMint.Deck;
            sealed class FakeDeck(DeckClientOptions options, HttpClient http) : DeckClient(options, http)
            {
                public HttpMethod Post() => HttpMethodOf("POST");
            }
            """);

        var errors = SnippetCompiler.Errors(snippet);

        Assert.That(errors, Has.Some.Contains("CS0122").And.Contains("HttpMethodOf"));
    }

    [Test]
    public void SnippetGetsOnlyTheReaderContextItUsesAndDoesNotDeclare()
    {
        var snippet = new Snippet("README.md", 1, """
            using TokenMint.Deck;
            var deck = new DeckClient(new DeckClientOptions());
            await deck.CreateConnectionAsync(new CreateConnectionRequest { SourceId = sourceId }, ct);
            """);

        var program = SnippetCompiler.Wrap(snippet);

        Assert.Multiple(() =>
        {
            Assert.That(program, Does.Contain(ReaderContext.Variables["ct"]).And.Contain(ReaderContext.Variables["sourceId"]));
            Assert.That(program, Does.Not.Contain(ReaderContext.Variables["deck"]), "the snippet declares deck itself");
            Assert.That(program, Does.Not.Contain(ReaderContext.Variables["services"]), "the snippet does not use services");
            Assert.That(SnippetCompiler.Errors(snippet), Is.Empty);
        });
    }

    private static string FindRepoRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generated.sln")))
                return directory.FullName;
        }
        throw new DirectoryNotFoundException($"No Generated.sln above {start}.");
    }
}
