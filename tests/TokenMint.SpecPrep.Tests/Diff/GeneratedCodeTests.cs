using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace TokenMint.SpecPrep.Tests.Diff;

/// <summary>
/// The end of the chain for Decart's new <c>token</c> field: NSwag itself (not an assertion on the prepared spec) must give
/// CreateClientTokenResponse a nullable Token property and change nothing else, since that is what callers compile against.
/// </summary>
public class GeneratedCodeTests
{
    [Test]
    public void DecartsNewTokenFieldBecomesAnOptionalTokenPropertyAndNothingElseChanges()
    {
        using var decart = new VendorFixture("decart");
        decart.Rewrite("post-v1-client-tokens.yaml", DecartPage.WithTokenField);
        using var work = new TempFolder();

        var before = NSwagGeneration.Models(decart.Before, "Decart", Path.Combine(work.Path, "before")).Split('\n');
        var after = NSwagGeneration.Models(decart.After, "Decart", Path.Combine(work.Path, "after")).Split('\n');

        var added = Minus(after, before);
        Assert.That(added, Is.EqualTo(new[]
        {
            "/// <summary>",
            "/// The client token (the same value as apiKey)",
            "/// </summary>",
            "[Newtonsoft.Json.JsonProperty(\"token\", Required = Newtonsoft.Json.Required.Default, NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore)]",
            "public string? Token { get; set; } = default!;",
        }));
        Assert.That(Minus(before, after), Is.Empty, "Adding an optional field must not change any other generated line.");
    }

    /// <summary>The non-blank lines of <paramref name="left"/> that <paramref name="right"/> lacks, counting repeats (a multiset difference).</summary>
    private static List<string> Minus(IEnumerable<string> left, IEnumerable<string> right)
    {
        var remaining = right.Select(l => l.Trim()).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<string>();
        foreach (var line in left.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (remaining.TryGetValue(line, out var count) && count > 0)
                remaining[line] = count - 1;
            else
                result.Add(line);
        }
        return result;
    }
}
