namespace TokenMint.SpecPrep.Tests.Diff;

/// <summary>A Decart docs page as the import reads it: a short markdown header and the spec in one ````yaml fence.</summary>
internal static class DecartPage
{
    public const string DocsIndex = "https://docs.platform.decart.ai/llms.txt";

    /// <summary>The page's own URL, as import derives it from the index and the operation's summary (no tags).</summary>
    public const string PageUrl = "https://docs.platform.decart.ai/api-reference/create-client-token";

    public static string Wrap(string yaml) => $"""
        > ## Documentation Index
        > Fetch the complete documentation index at: {DocsIndex}

        # Create Client Token

        ## OpenAPI

        ````yaml /openapi.json post /v1/client/tokens
        {yaml}````

        """;

    /// <summary>Decart's later addition: the client-token response also carries the token as <c>token</c>.</summary>
    public static string WithTokenField(string yaml) => VendorFixture.Replaced(yaml, """
            ClientTokenResponse:
              properties:

        """, """
            ClientTokenResponse:
              properties:
                token:
                  type: string
                  title: Token
                  description: The client token (the same value as apiKey)

        """);
}
