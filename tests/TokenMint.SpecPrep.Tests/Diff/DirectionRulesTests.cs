using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Diff;

namespace TokenMint.SpecPrep.Tests.Diff;

/// <summary>
/// The same change breaks or not depending on the way the schema travels: one operation takes TokenInput and returns TokenOutput,
/// both refer to Shared, and the tests change one schema at a time.
/// </summary>
public class DirectionRulesTests
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
                  required: false
                  schema:
                    type: string
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
                '422':
                  description: Invalid
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Problem'
        components:
          schemas:
            TokenInput:
              type: object
              properties:
                ttl: {type: integer, format: int64}
                shared: {$ref: '#/components/schemas/Shared'}
            TokenOutput:
              type: object
              required: [token]
              properties:
                token: {type: string}
                shared: {$ref: '#/components/schemas/Shared'}
            Shared:
              type: object
              properties:
                note: {type: string}
            Problem:
              type: object
              properties:
                detail: {type: string}
        """;

    private static JObject Spec() => Documents.Parse(Operation);

    private static IReadOnlyList<SpecChange> Changed(System.Action<JObject> change)
    {
        var after = Spec();
        change(after);
        return SpecDiffer.Compare(Spec(), after);
    }

    private static JObject Schema(JObject document, string name) => (JObject)document["components"]!["schemas"]![name]!;

    private static JObject Property(JObject document, string schema, string property) => (JObject)Schema(document, schema)["properties"]![property]!;

    private static void Require(JObject document, string schema, string property) =>
        (Schema(document, schema)["required"] as JArray ?? (JArray)(Schema(document, schema)["required"] = new JArray())).Add(property);

    [Test]
    public void DirectionsFollowReferencesTransitively()
    {
        Assert.That(SchemaDirections.Of(Spec()), Is.EquivalentTo(new Dictionary<string, Direction>
        {
            ["TokenInput"] = Direction.Request,
            ["TokenOutput"] = Direction.Response,
            ["Problem"] = Direction.Response,
            ["Shared"] = Direction.Both,
        }));
    }

    [Test]
    public void SchemaThatRefersToItselfIsWalkedOnce()
    {
        var document = Spec();
        Schema(document, "Shared")["properties"]!["parent"] = new JObject { ["$ref"] = "#/components/schemas/Shared" };

        Assert.That(SchemaDirections.Of(document)["Shared"], Is.EqualTo(Direction.Both));
    }

    [TestCase("TokenInput", true)]
    [TestCase("TokenOutput", false)]
    public void RequiredPropertyAddedBreaksRequestsOnly(string schema, bool breaking)
    {
        var change = Changed(d =>
        {
            Schema(d, schema)["properties"]!["scope"] = new JObject { ["type"] = "string" };
            Require(d, schema, "scope");
        }).Single();

        Assert.That((change.Location, change.Rule, change.Breaking), Is.EqualTo(($"{schema}.scope", BreakingRules.PropertyAddedRequired, breaking)));
    }

    [TestCase("TokenInput")]
    [TestCase("TokenOutput")]
    public void OptionalPropertyAddedBreaksNeither(string schema)
    {
        var change = Changed(d => Schema(d, schema)["properties"]!["scope"] = new JObject { ["type"] = "string" }).Single();

        Assert.That((change.Rule, change.Breaking), Is.EqualTo((BreakingRules.PropertyAddedOptional, false)));
    }

    [TestCase("TokenInput", "ttl", true)]
    [TestCase("TokenOutput", "shared", false)]
    public void BecomingRequiredBreaksRequestsOnly(string schema, string property, bool breaking)
    {
        var change = Changed(d => Require(d, schema, property)).Single();

        Assert.That((change.Location, change.Rule, change.Breaking), Is.EqualTo(($"{schema}.{property}", BreakingRules.BecameRequired, breaking)));
    }

    [Test]
    public void NoLongerRequiredBreaksResponses()
    {
        var change = Changed(d => Schema(d, "TokenOutput").Remove("required")).Single();

        Assert.That((change.Location, change.Rule, change.Breaking), Is.EqualTo(("TokenOutput.token", BreakingRules.NoLongerRequired, true)));
    }

    [TestCase("TokenInput", "ttl", false)]
    [TestCase("TokenOutput", "token", true)]
    public void BecomingNullableBreaksResponsesOnly(string schema, string property, bool breaking)
    {
        var change = Changed(d => Property(d, schema, property)["nullable"] = true).Single();

        Assert.That((change.Rule, change.Breaking), Is.EqualTo((BreakingRules.BecameNullable, breaking)));
    }

    [TestCase("TokenInput", "ttl", true)]
    [TestCase("TokenOutput", "token", false)]
    public void NoLongerNullableBreaksRequestsOnly(string schema, string property, bool breaking)
    {
        var before = Spec();
        Property(before, schema, property)["nullable"] = true;

        var change = SpecDiffer.Compare(before, Spec()).Single();

        Assert.That((change.Rule, change.Breaking), Is.EqualTo((BreakingRules.NoLongerNullable, breaking)));
    }

    [Test]
    public void SchemaUsedBothWaysIsJudgedByTheStricterWay()
    {
        var change = Changed(d =>
        {
            Schema(d, "Shared")["properties"]!["scope"] = new JObject { ["type"] = "string" };
            Require(d, "Shared", "scope");
        }).Single();

        Assert.That((change.Location, change.Detail, change.Breaking), Is.EqualTo(("Shared.scope", "string; request and response", true)));
    }

    [Test]
    public void EnumValueRemovedIsBreakingAndAddedIsNot()
    {
        var before = Spec();
        Property(before, "TokenOutput", "token")["enum"] = new JArray("A", "B");
        var after = Spec();
        Property(after, "TokenOutput", "token")["enum"] = new JArray("A", "C");

        var changes = SpecDiffer.Compare(before, after);

        Assert.That(changes.Select(c => (c.Rule.Change, c.Detail, c.Breaking)), Is.EqualTo(new[]
        {
            ("enum value removed", "B; response", true),
            ("enum value added", "C; response", false),
        }));
    }

    [Test]
    public void FormatChangeIsATypeChange()
    {
        var change = Changed(d => Property(d, "TokenInput", "ttl")["format"] = "int32").Single();

        Assert.That((change.Rule, change.Detail, change.Breaking), Is.EqualTo((BreakingRules.TypeChanged, "integer(int64) → integer(int32); request", true)));
    }

    [Test]
    public void NewOperationIsNotBreaking()
    {
        var change = Changed(d => d["paths"]!["/tokens"]!["get"] = new JObject { ["operationId"] = "ListTokens" }).Single();

        Assert.That((change.Location, change.Rule, change.Breaking), Is.EqualTo(("GET /tokens", BreakingRules.OperationAdded, false)));
    }

    [Test]
    public void RenamedMethodIsBreakingAndChangedRetryClassIsNot()
    {
        var changes = Changed(d =>
        {
            d["paths"]!["/tokens"]!["post"]!["operationId"] = "MintToken";
            d["paths"]!["/tokens"]!["post"]![RetryClassification.Extension] = "unsafe";
        });

        Assert.That(changes.Select(c => (c.Rule, c.Detail, c.Breaking)), Is.EqualTo(new[]
        {
            (BreakingRules.OperationIdChanged, "CreateToken → MintToken", true),
            (BreakingRules.RetryClassChanged, "safe → unsafe", false),
        }));
    }

    [TestCase(true, "parameter added, required", true)]
    [TestCase(false, "parameter added, optional", false)]
    public void AddedParameterBreaksWhenRequired(bool required, string rule, bool breaking)
    {
        var change = Changed(d => ((JArray)d["paths"]!["/tokens"]!["post"]!["parameters"]!).Add(new JObject
        {
            ["name"] = "x-tenant",
            ["in"] = "header",
            ["required"] = required,
            ["schema"] = new JObject { ["type"] = "string" },
        })).Single();

        Assert.That((change.Location, change.Rule.Change, change.Breaking), Is.EqualTo(("POST /tokens parameter x-tenant (header)", rule, breaking)));
    }

    [TestCase("422", "error response removed", false)]
    [TestCase("200", "success response removed", true)]
    public void RemovedResponseBreaksOnlyWhenItWasASuccess(string status, string rule, bool breaking)
    {
        var changes = Changed(d => ((JObject)d["paths"]!["/tokens"]!["post"]!["responses"]!).Remove(status));

        var change = changes.First(c => c.Area == ChangeArea.Operation);
        Assert.That((change.Location, change.Rule.Change, change.Breaking), Is.EqualTo(($"POST /tokens response {status}", rule, breaking)));
    }

    [Test]
    public void RequestBodyTypeChangeIsBreaking()
    {
        var change = Changed(d => d["paths"]!["/tokens"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"] = "#/components/schemas/Shared")
            .First(c => c.Area == ChangeArea.Operation);

        Assert.That((change.Rule, change.Detail, change.Breaking), Is.EqualTo((BreakingRules.RequestBodyTypeChanged, "TokenInput → Shared", true)));
    }

    [Test]
    public void DescriptionsAndExamplesAreNotChanges()
    {
        var changes = Changed(d =>
        {
            Property(d, "TokenInput", "ttl")["description"] = "Seconds to live.";
            Property(d, "TokenOutput", "token")["example"] = "tok_123";
        });

        Assert.That(changes, Is.Empty);
    }

    [Test]
    public void EveryRuleAppearsInTheLegend()
    {
        var legend = new System.Text.StringBuilder();
        TokenMint.SpecPrep.Report.MarkdownReport.Legend(legend);

        // A rule that breaks nothing in a direction may still change behaviour there (a moved host, a request limit).
        static string Cell(BreakingRule rule, bool breaks, Direction direction) => breaks ? "yes" : rule.ChangesBehaviour(direction) ? "behaviour" : "no";
        foreach (var rule in BreakingRules.All)
            Assert.That(legend.ToString(), Does.Contain($"| {rule.Change} | {Cell(rule, rule.BreaksRequest, Direction.Request)} | {Cell(rule, rule.BreaksResponse, Direction.Response)} |"));
    }
}
