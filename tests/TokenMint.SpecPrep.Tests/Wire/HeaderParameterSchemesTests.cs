using NUnit.Framework;
using TokenMint.SpecPrep.Wire;

namespace TokenMint.SpecPrep.Tests.Wire;

public class HeaderParameterSchemesTests
{
    private const string Page = """
        openapi: 3.0.3
        paths:
          /link/token:
            post:
              operationId: CreateLinkToken
              parameters:
                - in: header
                  name: x-trackstar-api-key
                  description: Your organization-level Trackstar API key.
                  required: true
                  x-tokenmint-security-scheme: apiKey
                - in: query
                  name: trace
              responses: {}
        """;

    [Test]
    public void AMarkedHeaderParameterBecomesAnApiKeySchemeNamedAfterTheHeaderAndRequiredByItsOperation()
    {
        var document = Documents.Parse(Page);

        HeaderParameterSchemes.Apply(document);

        Documents.AssertEquivalent("""
            openapi: 3.0.3
            paths:
              /link/token:
                post:
                  operationId: CreateLinkToken
                  parameters:
                    - in: query
                      name: trace
                  responses: {}
                  security:
                    - apiKey: []
            components:
              securitySchemes:
                apiKey:
                  type: apiKey
                  in: header
                  name: x-trackstar-api-key
                  description: Your organization-level Trackstar API key.
            """, document);
    }

    [Test]
    public void AMarkOnAQueryParameterIsRefused()
    {
        var document = Documents.Parse(Page.Replace("- in: header", "- in: cookie", System.StringComparison.Ordinal));

        var error = Assert.Throws<SpecException>(() => HeaderParameterSchemes.Apply(document));

        Assert.That(error!.Message, Does.Contain("in: header"));
    }

    [Test]
    public void AMarkOutsideAnOperationsOwnParametersIsRefusedRatherThanIgnored()
    {
        var document = Documents.Parse("""
            openapi: 3.0.3
            paths: {}
            components:
              parameters:
                Key: {in: header, name: x-api-key, x-tokenmint-security-scheme: apiKey}
            """);

        var error = Assert.Throws<SpecException>(() => HeaderParameterSchemes.Apply(document));

        Assert.That(error!.Message, Does.Contain("components.parameters.Key"));
    }

    [Test]
    public void ASchemeOfTheSameNameWithAnotherHeaderIsRefused()
    {
        var document = Documents.Parse(Page + "\ncomponents:\n  securitySchemes:\n    apiKey: {type: apiKey, in: header, name: x-api-key}\n");

        var error = Assert.Throws<SpecException>(() => HeaderParameterSchemes.Apply(document));

        Assert.That(error!.Message, Does.Contain("securitySchemes.apiKey exists as apiKey in header x-api-key"));
    }
}
