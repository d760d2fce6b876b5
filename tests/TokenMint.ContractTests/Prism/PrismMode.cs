namespace TokenMint.ContractTests.Prism;

/// <summary>How Prism makes up its responses.</summary>
public enum PrismMode
{
    /// <summary>From the spec's examples, or the simplest value each schema allows.</summary>
    Static,

    /// <summary>Random values that fit each schema (prism mock --dynamic).</summary>
    Dynamic,
}
