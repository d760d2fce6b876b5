using System.Collections.Generic;

namespace TokenMint.ContractTests.Prism;

/// <summary>One vendored spec document as published; Prism serves each in its own process.</summary>
public sealed class MockedSpec
{
    private MockedSpec(string name, string path)
    {
        Name = name;
        Path = path;
    }

    /// <summary>Deck's link token document (POST /link/token/create).</summary>
    public static MockedSpec DeckLinkToken { get; } = new("deck link token", "specs/deck/post-link-token-create.yaml");

    /// <summary>Deck's connections document (POST /connections), a separate document for the same vendor.</summary>
    public static MockedSpec DeckConnections { get; } = new("deck connections", "specs/deck/post-connections.yaml");

    /// <summary>Oneloop (POST /api/v1/link-token).</summary>
    public static MockedSpec Oneloop { get; } = new("oneloop", "specs/oneloop/post-api-v1-link-token.yaml");

    /// <summary>Trackstar (POST /link/token).</summary>
    public static MockedSpec Trackstar { get; } = new("trackstar", "specs/trackstar/post-link-token.yaml");

    /// <summary>Decart (POST /v1/client/tokens).</summary>
    public static MockedSpec Decart { get; } = new("decart", "specs/decart/post-v1-client-tokens.yaml");

    /// <summary>Every spec the contract tests mock.</summary>
    public static IReadOnlyList<MockedSpec> All { get; } = [DeckLinkToken, DeckConnections, Oneloop, Trackstar, Decart];

    /// <summary>A short name for messages.</summary>
    public string Name { get; }

    /// <summary>The document's path from the repository root, with forward slashes.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
