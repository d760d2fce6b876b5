using System.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Overlays;
using TokenMint.SpecPrep.Vendors;

namespace TokenMint.SpecPrep.Tests.Vendors;

/// <summary>new-vendor's first overlay: a safe default for every decision, each marked undecided, that the build can apply.</summary>
public class OverlaySkeletonTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Acme API, version: '1'}
        paths:
          /v1/tokens/{kind}:
            post:
              operationId: create_token_v1_tokens__kind__post
              parameters:
                - {name: kind, in: path, required: true, schema: {type: string}}
                - {name: x-acme-api-key, in: header, schema: {type: string}}
                - {name: x-request-id, in: header, schema: {type: string}}
              responses: {'200': {description: ok}}
          /v1/sessions:
            post:
              parameters:
                - {name: X-Acme-Api-Key, in: header, required: true, schema: {type: string}}
              responses: {'200': {description: ok}}
            get:
              operationId: createToken
              responses: {'200': {description: ok}}
        """;

    [Test]
    public void MethodNamesAreGuessedFromTheOperationIdOrThePathAndKeptUnique()
    {
        var plan = OverlaySkeleton.Decide(Documents.Parse(Spec), "acme");

        Assert.That(plan.Operations.Select(o => $"{o.Key} {o.Name}"), Is.EqualTo(new[]
        {
            "POST /v1/tokens/{kind} CreateToken",
            "POST /v1/sessions CreateSessions",
            "GET /v1/sessions CreateToken2",
        }));
    }

    [Test]
    public void AHeaderParameterThatLooksLikeAKeyBecomesOneSchemeWhereverItIs()
    {
        var plan = OverlaySkeleton.Decide(Documents.Parse(Spec), "acme");

        Assert.That(plan.CredentialHeaders.Select(h => $"{h.Operation.Key} {h.Header} {h.Scheme}"), Is.EqualTo(new[]
        {
            "POST /v1/tokens/{kind} x-acme-api-key apiKey",
            "POST /v1/sessions X-Acme-Api-Key apiKey",
        }));
    }

    // The guess makes a header a client-wide secret read from an environment variable, so only a required header or one named
    // outright as an API key is proposed; the rest stay parameters, each with a reason for the checklist.
    [TestCase("Idempotency-Key", false, false, TestName = "AnOptionalIdempotencyKeyIsNotACredential")]
    [TestCase("Idempotency-Key", true, false, TestName = "ARequiredIdempotencyKeyIsNotACredential")]
    [TestCase("X-Request-Token", false, false, TestName = "AnOptionalRequestTokenIsNotACredential")]
    [TestCase("X-Correlation-Token", true, false, TestName = "ARequiredCorrelationTokenIsNotACredential")]
    [TestCase("x-acme-api-key", false, true, TestName = "AnOptionalHeaderNamedAsAnApiKeyIsACredential")]
    [TestCase("Authorization", false, true, TestName = "AnOptionalAuthorizationHeaderIsACredential")]
    [TestCase("X-Secret", true, true, TestName = "ARequiredSecretHeaderIsACredential")]
    public void OnlyARequiredHeaderOrOneNamedAsAnApiKeyIsProposedAsTheCredential(string header, bool required, bool credential)
    {
        var document = Documents.Parse($$$"""
            openapi: 3.0.3
            info: {title: Acme API, version: '1'}
            paths:
              /v1/tokens:
                post:
                  parameters:
                    - {name: {{{header}}}, in: header, required: {{{(required ? "true" : "false")}}}, schema: {type: string}}
                  responses: {'200': {description: ok}}
            """);

        var plan = OverlaySkeleton.Decide(document, "acme");

        Assert.That(plan.CredentialHeaders.Select(h => h.Header), credential ? Is.EqualTo(new[] { header }) : Is.Empty);
        Assert.That(plan.LeftHeaders.Select(h => h.Header), credential ? Is.Empty : Is.EqualTo(new[] { header }));
        Assert.That(OverlaySkeleton.Render(plan, "Acme API"), credential ? Does.Contain("x-tokenmint-security-scheme") : Does.Not.Contain("x-tokenmint-security-scheme"));
    }

    [TestCase("", "$", TestName = "APageWithoutServersGetsAHostThatNeverResolves")]
    [TestCase("servers: []\n", "$.servers", TestName = "APageWithAnEmptyServerListGetsAHostThatNeverResolves")]
    public void APageWithoutServersGetsAHostThatNeverResolves(string servers, string target)
    {
        var document = Documents.Parse(servers + Spec);
        var overlay = OverlayDocument.Parse(OverlaySkeleton.Render(OverlaySkeleton.Decide(document, "acme"), "Acme API"), "overlay.yaml");

        overlay.ApplyTo(document);

        Assert.That((string?)document.SelectToken("servers[0].url"), Is.EqualTo("https://acme.invalid"));
        Assert.That(overlay.Actions.First().Target, Is.EqualTo(target));
    }

    [Test]
    public void EveryActionAppliesAndSaysItIsUndecided()
    {
        var document = Documents.Parse("servers: [{url: 'https://api.acme.example'}]\n" + Spec);
        var yaml = OverlaySkeleton.Render(OverlaySkeleton.Decide(document, "acme"), "Acme API");
        var overlay = OverlayDocument.Parse(yaml, "overlay.yaml");

        overlay.ApplyTo(document);

        Assert.That(overlay.Actions.Select(a => a.Description), Has.All.StartWith(OverlaySkeleton.Undecided));
        Assert.That((string?)document.SelectToken("paths['/v1/sessions'].post.x-tokenmint-retry"), Is.EqualTo("unsafe"));
        Assert.That((string?)document.SelectToken("paths['/v1/sessions'].get.operationId"), Is.EqualTo("CreateToken2"));
        Assert.That((string?)document.SelectToken("paths['/v1/tokens/{kind}'].post.parameters[1].x-tokenmint-security-scheme"), Is.EqualTo("apiKey"));
        Assert.That(document.SelectToken("paths['/v1/tokens/{kind}'].post.parameters[2].x-tokenmint-security-scheme"), Is.Null, "x-request-id is no credential");
    }
}
