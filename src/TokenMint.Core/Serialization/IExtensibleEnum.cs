namespace TokenMint.Serialization;

/// <summary>A string enum that keeps any value the API sends, including one added after the SDK was generated.</summary>
public interface IExtensibleEnum
{
    /// <summary>The value as sent on the wire.</summary>
    string Value { get; }
}
