using System;

namespace TokenMint;

/// <summary>A client was created without a credential it needs, in its options or in the environment.</summary>
public sealed class MissingCredentialException : InvalidOperationException
{
    /// <summary>Creates the exception for the named option and environment variable.</summary>
    internal MissingCredentialException(string optionName, string environmentVariable)
        : base($"{optionName} is not set. Set it in the client options (or configuration), or set the {environmentVariable} environment variable.")
    {
        OptionName = optionName;
        EnvironmentVariable = environmentVariable;
    }

    /// <summary>The options property that was missing, such as <c>DeckClientOptions.Secret</c>.</summary>
    public string OptionName { get; }

    /// <summary>The environment variable read when the option is not set.</summary>
    public string EnvironmentVariable { get; }
}
