using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Commands;
using TokenMint.SpecPrep.Tests.Diff;

namespace TokenMint.SpecPrep.Tests.Upstream;

/// <summary>
/// check-upstream against a loopback stand-in for the vendors' docs sites (--from its base URL) or a folder, in a scratch
/// repository holding nswag.json and copies of specs/decart, specs/deck and specs/trackstar. Exit codes: 0 unchanged,
/// 2 changed (imported and reported), 1 an error naming the vendor, the location read and the cause.
/// </summary>
[NonParallelizable]
public class CheckUpstreamCommandTests
{
    private static readonly string[] Vendors = ["decart", "deck", "trackstar"];

    /// <summary>Each vendored page: where its recorded URL maps under --from (host + path + ".md"), and the fixture serving it.</summary>
    private static readonly (string Vendor, string Path, string Fixture)[] Pages =
    [
        ("decart", "docs.platform.decart.ai/api-reference/create-client-token.md", "decart-create-client-token.md"),
        ("deck", "docs.deck.co/api-reference/auth-sdk/create-an-sdk-token.md", "deck-create-an-sdk-token.md"),
        ("deck", "docs.deck.co/api-reference/connections/create-a-connection.md", "deck-create-a-connection.md"),
        ("trackstar", "docs.trackstarhq.com/api-reference/auth/create-link-token.md", "trackstar-page.md"),
    ];

    private const string DecartPage = "docs.platform.decart.ai/api-reference/create-client-token.md";
    private const string DecartFile = "post-v1-client-tokens.yaml";

    private TempFolder _repo = null!;
    private string _previousDirectory = null!;
    private FakeTimeProvider _time = null!;

    private sealed record Outcome(int ExitCode, string Output, string Errors);

    [SetUp]
    public void CreateRepository()
    {
        _repo = new TempFolder();
        _repo.Write("nswag.json", "{}\n");
        foreach (var vendor in Vendors)
        {
            using var fixture = new VendorFixture(vendor);
            foreach (var file in Directory.GetFiles(fixture.Before))
                _repo.Write(Path.Combine("specs", vendor, Path.GetFileName(file)), File.ReadAllText(file));
        }
        _previousDirectory = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_repo.Path);
        _time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    }

    [TearDown]
    public void DeleteRepository()
    {
        Directory.SetCurrentDirectory(_previousDirectory);
        _repo.Dispose();
    }

    private static string Page(string fixture) => Documents.Fixture(Path.Combine("Import", "Fixtures", fixture));

    /// <summary>The Decart page with one optional response field added, as in docs/spec-changes.md.</summary>
    private static string DecartPageWithToken() => VendorFixture.Replaced(Page("decart-create-client-token.md"),
        "        expiresAt:\n          type: string\n          title: Expiresat\n",
        "        expiresAt:\n          type: string\n          title: Expiresat\n        token:\n          type: string\n          title: Token\n");

    private static DocsSite SiteServingEveryPage()
    {
        var site = new DocsSite();
        foreach (var page in Pages)
            site.Serve(page.Path, Page(page.Fixture));
        return site;
    }

    private string Spec(string vendor, string file) => File.ReadAllText(Path.Combine(_repo.Path, "specs", vendor, file));

    private string Specs() => string.Join("\n", Directory.GetFiles(Path.Combine(_repo.Path, "specs"), "*", SearchOption.AllDirectories)
        .OrderBy(f => f, StringComparer.Ordinal).Select(f => $"{f}\n{File.ReadAllText(f)}"));

    private string Report(string vendor) => File.ReadAllText(Path.Combine(_repo.Path, "artifacts", "spec-watch", $"{vendor}.md"));

    private bool ReportExists(string vendor) => File.Exists(Path.Combine(_repo.Path, "artifacts", "spec-watch", $"{vendor}.md"));

    /// <summary>Starts the command on another thread (a stalled fetch must not block the test); the console is captured meanwhile.</summary>
    private Task<Outcome> Start(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(errors);
        return Task.Run(() =>
        {
            try
            {
                var exitCode = CheckUpstreamCommand.Run(new Arguments(args, CheckUpstreamCommand.OptionsWithValues), _time);
                return new Outcome(exitCode, output.ToString(), errors.ToString());
            }
            finally
            {
                Console.SetOut(previousOut);
                Console.SetError(previousError);
            }
        });
    }

    private Outcome Run(params string[] args) => Start(args).GetAwaiter().GetResult();

    [TestCaseSource(nameof(Vendors))]
    public async Task UnchangedPagesExitZeroAfterReadingEachFromItsRecordedUrlAndWriteNothing(string vendor)
    {
        await using var site = SiteServingEveryPage();
        var before = Specs();

        var outcome = Run("--vendor", vendor, "--from", site.BaseUrl, "--no-build");

        Assert.That(outcome.ExitCode, Is.EqualTo(CheckUpstreamCommand.Unchanged), outcome.Errors);
        Assert.That(site.Requested, Is.EquivalentTo(Pages.Where(p => p.Vendor == vendor).Select(p => p.Path)));
        Assert.That(Specs(), Is.EqualTo(before));
        Assert.That(Directory.Exists(Path.Combine(_repo.Path, "artifacts")), Is.False, "No report for an unchanged vendor.");
    }

    [Test]
    public async Task ChangedPageIsImportedAndReportedWithItsVerdictAndExitTwo()
    {
        await using var site = SiteServingEveryPage();
        site.Serve(DecartPage, DecartPageWithToken());

        var outcome = Run("--from", site.BaseUrl, "--no-build");

        Assert.That(outcome.ExitCode, Is.EqualTo(CheckUpstreamCommand.Changed), outcome.Errors);
        Assert.That(Spec("decart", DecartFile), Does.Contain("        token:\n          type: string\n"));
        var record = JObject.Parse(Spec("decart", "provenance.json"))["files"]![DecartFile]!;
        Assert.That((string?)record["source"], Is.EqualTo("https://docs.platform.decart.ai/api-reference/create-client-token"));
        Assert.That((string?)record["imported"], Is.EqualTo("2027-03-01"));
        var report = Report("decart");
        Assert.That(report, Does.StartWith("# decart: spec changed upstream\n\nVerdict: **not breaking**\n"));
        Assert.That(report, Does.Contain($"| `{DecartFile}` | https://docs.platform.decart.ai/api-reference/create-client-token | `d02753d9e32d` → `"));
        Assert.That(report, Does.Contain("| no | property added, optional | `CreateClientTokenResponse.token` | string; response |"));
        Assert.That(ReportExists("deck") || ReportExists("trackstar"), Is.False, "Only the vendor that changed is reported.");
    }

    [Test]
    public async Task ImportedChangeIsUnchangedOnTheNextRun()
    {
        await using var site = SiteServingEveryPage();
        site.Serve(DecartPage, DecartPageWithToken());
        Assert.That(Run("--vendor", "decart", "--from", site.BaseUrl, "--no-build").ExitCode, Is.EqualTo(CheckUpstreamCommand.Changed));
        var imported = Specs();

        var outcome = Run("--vendor", "decart", "--from", site.BaseUrl, "--no-build");

        Assert.That(outcome.ExitCode, Is.EqualTo(CheckUpstreamCommand.Unchanged), outcome.Errors);
        Assert.That(Specs(), Is.EqualTo(imported));
    }

    [Test]
    public async Task GitHubOutputsNameThePullRequestTitleAndBodyFileForOneVendor()
    {
        await using var site = SiteServingEveryPage();
        site.Serve(DecartPage, DecartPageWithToken());
        var outputs = Path.Combine(_repo.Path, "github-output.txt");

        Run("--vendor", "decart", "--from", site.BaseUrl, "--no-build", "--github-output", outputs);

        Assert.That(File.ReadAllLines(outputs), Is.EqualTo(new[]
        {
            "changed=true",
            "title=decart: spec changed upstream (not breaking)",
            "report=artifacts/spec-watch/decart.md",
        }));
    }

    [Test]
    public async Task ServerMoveIsImportedForReviewAsABehaviourChangeInsteadOfRefused()
    {
        await using var site = SiteServingEveryPage();
        site.Serve(Pages[3].Path, VendorFixture.Replaced(Page("trackstar-page.md"),
            "url: https://production.trackstarhq.com", "url: https://api.trackstarhq.com"));

        var outcome = Run("--vendor", "trackstar", "--from", site.BaseUrl, "--no-build");

        Assert.That(outcome.ExitCode, Is.EqualTo(CheckUpstreamCommand.Changed), outcome.Errors);
        Assert.That(Spec("trackstar", "post-link-token.yaml"), Does.Contain("url: https://api.trackstarhq.com"));
        Assert.That(Report("trackstar"), Does.StartWith("# trackstar: spec changed upstream\n\nVerdict: **not breaking, behaviour change**\n"));
        Assert.That(Report("trackstar"), Does.Contain("| behaviour | server moved | `servers[0] (default)` | https://production.trackstarhq.com → https://api.trackstarhq.com"));
    }

    [Test]
    public async Task ChangeTheOverlayNoLongerFitsIsImportedAndReportedAsNeedingAFix()
    {
        await using var site = SiteServingEveryPage();
        site.Serve(DecartPage, Page("decart-create-client-token.md").Replace("HTTPValidationError", "ValidationProblem", StringComparison.Ordinal));
        var outputs = Path.Combine(_repo.Path, "github-output.txt");

        var outcome = Run("--vendor", "decart", "--from", site.BaseUrl, "--github-output", outputs);

        Assert.That(outcome.ExitCode, Is.EqualTo(CheckUpstreamCommand.Changed), "A pull request is where the fix goes.");
        Assert.That(Spec("decart", DecartFile), Does.Contain("ValidationProblem"));
        var report = Report("decart");
        Assert.That(report, Does.StartWith("# decart: spec changed upstream\n\nVerdict: **needs an overlay fix**\n\n"
            + "The pages are imported, but `specs/decart` will not build until the errors below are fixed in `specs/decart/overlay.yaml`"));
        Assert.That(report, Does.Contain("- ERROR: ").And.Contain("$.components.schemas.HTTPValidationError"));
        Assert.That(File.ReadAllLines(outputs), Does.Contain("title=decart: spec changed upstream (needs an overlay fix)"));
    }

    [Test]
    public async Task MissingPageIsAnErrorNamingVendorUrlAndStatusWhileTheOtherVendorsAreStillChecked()
    {
        await using var site = SiteServingEveryPage();
        site.Answer(Pages[2].Path, 404, "Not Found");
        site.Serve(DecartPage, DecartPageWithToken());
        var deckBefore = string.Join("\n", Directory.GetFiles(Path.Combine(_repo.Path, "specs", "deck")).Order(StringComparer.Ordinal).Select(File.ReadAllText));

        var outcome = Run("--from", site.BaseUrl, "--no-build");

        Assert.That(outcome.ExitCode, Is.EqualTo(CheckUpstreamCommand.Failed));
        Assert.That(outcome.Errors, Does.Contain($"error : deck: {site.BaseUrl}{Pages[2].Path} "
            + "(for https://docs.deck.co/api-reference/connections/create-a-connection): HTTP 404 (Not Found).\n"));
        Assert.That(string.Join("\n", Directory.GetFiles(Path.Combine(_repo.Path, "specs", "deck")).Order(StringComparer.Ordinal).Select(File.ReadAllText)),
            Is.EqualTo(deckBefore), "Deck's other page, unchanged, is not touched either.");
        Assert.That(ReportExists("decart"), Is.True, "Decart, checked in the same run, is imported and reported.");
    }

    [Test]
    public async Task ServerErrorIsAnErrorNamingTheStatus()
    {
        await using var site = SiteServingEveryPage();
        site.Answer(DecartPage, 503, "try later");

        var outcome = Run("--vendor", "decart", "--from", site.BaseUrl, "--no-build");

        Assert.That(outcome.ExitCode, Is.EqualTo(CheckUpstreamCommand.Failed));
        Assert.That(outcome.Errors, Does.Contain($"error : decart: {site.BaseUrl}{DecartPage} "
            + "(for https://docs.platform.decart.ai/api-reference/create-client-token): HTTP 503 (Service Unavailable)."));
    }

    [Test]
    public async Task PageThatStallsPastTheTimeoutIsAnErrorSayingSo()
    {
        await using var site = SiteServingEveryPage();
        var arrived = site.Stall(DecartPage);
        var before = Specs();

        var run = Start("--vendor", "decart", "--from", site.BaseUrl, "--no-build", "--timeout", "5");
        await arrived;
        _time.Advance(TimeSpan.FromSeconds(5));
        var outcome = await run;

        Assert.That(outcome.ExitCode, Is.EqualTo(CheckUpstreamCommand.Failed));
        Assert.That(outcome.Errors, Does.Contain($"error : decart: {site.BaseUrl}{DecartPage} "
            + "(for https://docs.platform.decart.ai/api-reference/create-client-token): no complete response within 5 s (--timeout 5)."));
        Assert.That(Specs(), Is.EqualTo(before));
    }

    [TestCase("<!DOCTYPE html>\n<html><body>Moved to our new docs</body></html>\n",
        "not an OpenAPI page: it has no ````yaml fence (it begins: \"<!DOCTYPE html>\").")]
    [TestCase("# Create Client Token\n\n````yaml post /v1/client/tokens\nswagger: '2.0'\ninfo:\n  title: Decart API\n````\n",
        "not an OpenAPI 3.0 or 3.1 document (openapi: 'missing').")]
    public async Task PageThatIsNotOpenApiIsAnErrorSayingWhy(string page, string cause)
    {
        await using var site = SiteServingEveryPage();
        site.Serve(DecartPage, page);
        var before = Specs();

        var outcome = Run("--vendor", "decart", "--from", site.BaseUrl, "--no-build");

        Assert.That(outcome.ExitCode, Is.EqualTo(CheckUpstreamCommand.Failed));
        Assert.That(outcome.Errors, Does.Contain($"error : decart: {site.BaseUrl}{DecartPage} (for https://docs.platform.decart.ai/api-reference/create-client-token): {cause}"));
        Assert.That(Specs(), Is.EqualTo(before));
    }

    [Test]
    public void FolderMirrorStandsInForTheSitesAndAMovedOperationIsRecognisedByItsRecordedUrl()
    {
        using var mirror = new TempFolder();
        foreach (var page in Pages)
            mirror.Write(page.Path, Page(page.Fixture));
        // Deck moves POST /link/token/create to POST /link/token on the same page.
        mirror.Write(Pages[1].Path, Page(Pages[1].Fixture)
            .Replace("post /link/token/create", "post /link/token", StringComparison.Ordinal)
            .Replace("\n  /link/token/create:\n", "\n  /link/token:\n", StringComparison.Ordinal));

        var outcome = Run("--vendor", "deck", "--from", mirror.Path, "--no-build");

        Assert.That(outcome.ExitCode, Is.EqualTo(CheckUpstreamCommand.Changed), outcome.Errors);
        Assert.That(File.Exists(Path.Combine(_repo.Path, "specs", "deck", "post-link-token.yaml")), Is.True);
        Assert.That(File.Exists(Path.Combine(_repo.Path, "specs", "deck", "post-link-token-create.yaml")), Is.False, "The page's old file is replaced.");
        Assert.That(Report("deck"), Does.Contain("| no | operation moved | `POST /link/token/create → POST /link/token` |"));
    }

    [Test]
    public void FolderMirrorWithoutAPageNamesTheFileItLookedFor()
    {
        using var mirror = new TempFolder();
        mirror.Write(Pages[1].Path, Page(Pages[1].Fixture));

        var outcome = Run("--vendor", "deck", "--from", mirror.Path, "--no-build");

        Assert.That(outcome.ExitCode, Is.EqualTo(CheckUpstreamCommand.Failed));
        var expected = Path.Combine(mirror.Path, "docs.deck.co", "api-reference", "connections", "create-a-connection.md");
        Assert.That(outcome.Errors, Does.Contain($"error : deck: {expected} (for https://docs.deck.co/api-reference/connections/create-a-connection): no such file."));
    }

    [Test]
    public void ListPrintsTheVendorsAsJsonForTheWorkflowsMatrix()
    {
        var outputs = Path.Combine(_repo.Path, "github-output.txt");

        var all = Run("--list", "--vendor", "", "--github-output", outputs);
        var one = Run("--list", "--vendor", "deck");

        Assert.That(all.Output, Is.EqualTo("[\"decart\",\"deck\",\"trackstar\"]\n"));
        Assert.That(File.ReadAllLines(outputs), Is.EqualTo(new[] { "vendors=[\"decart\",\"deck\",\"trackstar\"]" }));
        Assert.That(one.Output, Is.EqualTo("[\"deck\"]\n"));
    }

    [TestCase("--list --vendor dekc", "unknown vendor 'dekc' (did you mean 'deck'?). Known vendors: decart, deck, trackstar.")]
    [TestCase("--timeout 0", "--timeout 0: give the seconds to wait for each page, more than 0 and at most 3600 (default 30).")]
    [TestCase("--timeout soon", "--timeout soon: give the seconds")]
    [TestCase("--from no-such-folder", "--from no-such-folder: no such folder (give a folder or an http(s) base URL).")]
    [TestCase("pages/decart.md", "check-upstream takes no pages (pages/decart.md): it reads each vendor's pages from the URLs in specs/<vendor>/provenance.json.")]
    public void BadArgumentsAreRefusedBeforeAnyPageIsRead(string arguments, string message)
    {
        var error = Assert.Throws<SpecException>(() => Run(arguments.Split(' ')));

        Assert.That(error!.Message, Does.StartWith(message));
    }
}
