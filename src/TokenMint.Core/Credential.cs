using System;

namespace TokenMint;

/// <summary>Resolves a credential the way the vendors' own SDKs do: the option if set, else an environment variable.</summary>
public static class Credential
{
    /// <summary>Returns the credential or throws <see cref="MissingCredentialException"/> naming both places it looked.</summary>
    public static string Resolve(string? configured, string optionName, string environmentVariable)
    {
        var value = string.IsNullOrWhiteSpace(configured) ? Environment.GetEnvironmentVariable(environmentVariable) : configured;
        return string.IsNullOrWhiteSpace(value) ? throw new MissingCredentialException(optionName, environmentVariable) : value!;
    }

    /// <summary>How a secret appears in ToString output: never its value.</summary>
    public static string Describe(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "***";
}
