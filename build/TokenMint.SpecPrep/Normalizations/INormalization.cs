using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Normalizations;

/// <summary>A rewrite every vendor's document gets, before its overlay, so generated code is idiomatic.</summary>
public interface INormalization
{
    /// <summary>What the rewrite does, for the build log.</summary>
    string Description { get; }

    void Apply(JObject document);
}
