using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Changelog;
using TokenMint.SpecPrep.Diff;

namespace TokenMint.SpecPrep.Tests.Diff;

/// <summary>
/// A request's limits decide which calls the SDK rejects before the network (RequestValidator checks the data annotations NSwag
/// emits for request properties), so each change to one is a behaviour change, tightened or loosened. One operation takes
/// TokenInput and returns TokenOutput; the tests change one limit at a time.
/// </summary>
public class ConstraintRulesTests
{
    private const string Operation = """
        openapi: 3.0.3
        paths:
          /tokens:
            post:
              operationId: CreateToken
              x-tokenmint-retry: safe
              parameters:
                - name: x-trace
                  in: header
                  schema: {type: string, maxLength: 100}
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/TokenInput'
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/TokenOutput'
        components:
          schemas:
            TokenInput:
              type: object
              properties:
                name: {type: string, minLength: 1, maxLength: 64, pattern: '^[a-z]+$'}
                ttl: {type: integer, format: int64, minimum: 1, maximum: 3600}
                scopes: {type: array, items: {type: string, maxLength: 20}, minItems: 1, maxItems: 20}
                note: {type: string}
            TokenOutput:
              type: object
              properties:
                token: {type: string, maxLength: 10}
        """;

    private static IReadOnlyList<SpecChange> Changed(string schema, string property, System.Action<JObject> change)
    {
        var after = Documents.Parse(Operation);
        change((JObject)after["components"]!["schemas"]![schema]!["properties"]![property]!);
        return SpecDiffer.Compare(Documents.Parse(Operation), after);
    }

    [TestCase("name", "maxLength", 32, "maxLength 64 → 32: more requests rejected before the network; request")]
    [TestCase("name", "minLength", 2, "minLength 1 → 2: more requests rejected before the network; request")]
    [TestCase("ttl", "maximum", 60, "maximum 3600 → 60: more requests rejected before the network; request")]
    [TestCase("ttl", "minimum", 10, "minimum 1 → 10: more requests rejected before the network; request")]
    [TestCase("scopes", "maxItems", 10, "maxItems 20 → 10: more requests rejected before the network; request")]
    [TestCase("scopes", "minItems", 2, "minItems 1 → 2: more requests rejected before the network; request")]
    [TestCase("note", "maxLength", 500, "maxLength none → 500: more requests rejected before the network; request")]
    public void ANewOrStricterLimitOnARequestPropertyIsATightenedBehaviourChange(string property, string keyword, int value, string detail)
    {
        var change = Changed("TokenInput", property, p => p[keyword] = value).Single();

        Assert.That((change.Location, change.Rule, change.Detail), Is.EqualTo(($"TokenInput.{property}", BreakingRules.ConstraintTightened, detail)));
        Assert.That((change.Breaking, change.Behaviour), Is.EqualTo((false, true)));
    }

    [TestCase("name", "maxLength", 128, "maxLength 64 → 128: fewer requests rejected before the network; request")]
    [TestCase("ttl", "minimum", 0, "minimum 1 → 0: fewer requests rejected before the network; request")]
    [TestCase("scopes", "maxItems", null, "maxItems 20 → none: fewer requests rejected before the network; request")]
    public void ALooserOrRemovedLimitIsALoosenedBehaviourChange(string property, string keyword, int? value, string detail)
    {
        var change = Changed("TokenInput", property, p =>
        {
            if (value is null)
                p.Remove(keyword);
            else
                p[keyword] = value;
        }).Single();

        Assert.That((change.Rule, change.Detail, change.Breaking, change.Behaviour), Is.EqualTo((BreakingRules.ConstraintLoosened, detail, false, true)));
    }

    [Test]
    public void AnExclusiveBoundAtTheSameValueIsTighter()
    {
        var change = Changed("TokenInput", "ttl", p => p["exclusiveMinimum"] = true).Single();

        Assert.That((change.Rule, change.Detail), Is.EqualTo((BreakingRules.ConstraintTightened,
            "minimum 1 → 1 (exclusive): more requests rejected before the network; request")));
    }

    [Test]
    public void AnotherPatternRejectsOtherRequests()
    {
        var change = Changed("TokenInput", "name", p => p["pattern"] = "^[a-z0-9]+$").Single();

        Assert.That((change.Rule, change.Detail, change.Behaviour), Is.EqualTo((BreakingRules.ConstraintChanged,
            "pattern `^[a-z]+$` → `^[a-z0-9]+$`: other requests rejected before the network; request", true)));
    }

    [Test]
    public void TheSameLimitWrittenAsAnotherNumberIsNoChange()
    {
        Assert.That(Changed("TokenInput", "ttl", p => p["maximum"] = 3600.0), Is.Empty);
    }

    [Test]
    public void LimitsTheSdkDoesNotCheckAreSaidToBeCheckedByTheServer()
    {
        var after = Documents.Parse(Operation);
        after.SelectToken("paths./tokens.post.parameters[0].schema")!["maxLength"] = 50;
        after.SelectToken("components.schemas.TokenInput.properties.scopes.items")!["maxLength"] = 10;

        var changes = SpecDiffer.Compare(Documents.Parse(Operation), after);

        Assert.That(changes.Select(c => (c.Location, c.Detail)), Is.EquivalentTo(new[]
        {
            ("POST /tokens parameter x-trace (header)", "maxLength 100 → 50: more requests rejected by the server (the SDK does not check this limit); request"),
            ("TokenInput.scopes[]", "maxLength 20 → 10: more requests rejected by the server (the SDK does not check this limit); request"),
        }));
        Assert.That(changes.All(c => c.Behaviour), Is.True);
    }

    [Test]
    public void AResponseLimitIsNotCompared()
    {
        Assert.That(Changed("TokenOutput", "token", p => p["maxLength"] = 5), Is.Empty);
    }

    [Test]
    public void DecartsLimitOnAllowedModelsLoweredInTheOverlayIsReportedAndReachesTheChangelog()
    {
        using var decart = new VendorFixture("decart");
        decart.Edit("overlay.yaml", "maxItems: 20", "maxItems: 10");

        var diff = decart.Compare();

        Assert.That(diff.Changes, Has.Count.EqualTo(2), "allowedModels and allowedOrigins share the action");
        var change = diff.Changes[0];
        Assert.That((change.Location, change.Rule, change.Breaking, change.Behaviour), Is.EqualTo(("CreateClientTokenRequest.allowedModels", BreakingRules.ConstraintTightened, false, true)));
        Assert.That(ChangelogEntries.ForSpecChange("decart", change), Is.EqualTo(
            "**Behaviour change:** Decart spec: constraint tightened `CreateClientTokenRequest.allowedModels` (maxItems 20 → 10: more requests rejected before the network; request)."));
        Assert.That(diff.Breaking, Is.False);
    }
}
