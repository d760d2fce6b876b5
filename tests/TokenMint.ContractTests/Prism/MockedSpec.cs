using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TokenMint.Testing;

namespace TokenMint.ContractTests.Prism;

/// <summary>One vendored spec document as published; Prism serves each in its own process.</summary>
public sealed class MockedSpec
{
    private MockedSpec(string name, string path)
    {
        Name = name;
        Path = path;
    }

    /// <summary>Every page of every vendor (specs/&lt;id&gt;/*.yaml but the overlay), each mocked by its own Prism servers.</summary>
    public static IReadOnlyList<MockedSpec> All { get; } = VendorList.All
        .SelectMany(vendor => Directory.GetFiles(System.IO.Path.Combine(VendorList.RepositoryRoot, "specs", vendor.Id), "*.yaml")
            .Select(System.IO.Path.GetFileName)
            .Where(file => file != "overlay.yaml")
            .Order(StringComparer.Ordinal)
            .Select(file => new MockedSpec($"{vendor.Id} {System.IO.Path.GetFileNameWithoutExtension(file)}", $"specs/{vendor.Id}/{file}")))
        .ToList();

    /// <summary>Deck's link token document (POST /link/token/create).</summary>
    public static MockedSpec DeckLinkToken { get; } = Page("specs/deck/post-link-token-create.yaml");

    /// <summary>Deck's connections document (POST /connections), a separate document for the same vendor.</summary>
    public static MockedSpec DeckConnections { get; } = Page("specs/deck/post-connections.yaml");

    /// <summary>Oneloop (POST /api/v1/link-token).</summary>
    public static MockedSpec Oneloop { get; } = Page("specs/oneloop/post-api-v1-link-token.yaml");

    /// <summary>Trackstar (POST /link/token).</summary>
    public static MockedSpec Trackstar { get; } = Page("specs/trackstar/post-link-token.yaml");

    /// <summary>Decart (POST /v1/client/tokens).</summary>
    public static MockedSpec Decart { get; } = Page("specs/decart/post-v1-client-tokens.yaml");

    /// <summary>A short name for messages: the vendor and the page, "deck post-connections".</summary>
    public string Name { get; }

    /// <summary>The document's path from the repository root, with forward slashes.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override string ToString() => Name;

    // A page the tests call by name: one of All, so it is the same server, and a page that moved fails here, naming it.
    private static MockedSpec Page(string path) =>
        All.SingleOrDefault(spec => spec.Path == path) ?? throw new InvalidOperationException($"{path} is not a vendor page any more; update the contract test that uses it.");
}
