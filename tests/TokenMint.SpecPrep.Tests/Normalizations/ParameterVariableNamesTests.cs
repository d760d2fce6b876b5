using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Normalizations;

namespace TokenMint.SpecPrep.Tests.Normalizations;

public class ParameterVariableNamesTests
{
    private static JObject Normalized(string parametersYaml)
    {
        var document = Documents.Parse($"""
            paths:
              /v1/workspaces/{"{workspace_id}"}/tokens:
                parameters:
                  - {"{name: workspace_id, in: path, required: true, schema: {type: string}}"}
                post:
                  parameters:
            {parametersYaml}
            """);
        new ParameterVariableNames().Apply(document);
        return document;
    }

    [TestCase("ttl_seconds", "ttlSeconds")]
    [TestCase("X-Request-Id", "xRequestId")]
    [TestCase("page.size", "pageSize")]
    [TestCase("SCOPE", "scope")]
    public void AParameterNotInCamelCaseGetsACamelCaseVariableName(string name, string variable)
    {
        var document = Normalized($"        - {{name: '{name}', in: query, schema: {{type: string}}}}");

        Assert.That((string?)document.SelectToken("paths.*.post.parameters[0].x-originalName"), Is.EqualTo(variable));
        Assert.That((string?)document.SelectToken("paths.*.post.parameters[0].name"), Is.EqualTo(name), "the wire name stays the spec's");
    }

    [Test]
    public void PathLevelParametersAreNamedToo()
    {
        var document = Normalized("        - {name: ttl, in: query, schema: {type: integer}}");

        Assert.That((string?)document.SelectToken("paths.*.parameters[0].x-originalName"), Is.EqualTo("workspaceId"));
    }

    [Test]
    public void ACamelCaseNameOrOneTheSpecAlreadyNamesIsLeftAlone()
    {
        var document = Normalized("""
                    - {name: ttl, in: query, schema: {type: integer}}
                    - {name: page_size, x-originalName: size, in: query, schema: {type: integer}}
            """);

        Assert.That(document.SelectToken("paths.*.post.parameters[0].x-originalName"), Is.Null);
        Assert.That((string?)document.SelectToken("paths.*.post.parameters[1].x-originalName"), Is.EqualTo("size"));
    }
}
