using System;
using TokenMint.Http;

namespace TokenMint;

/// <summary>Resolves a credential the way the vendors' own SDKs do: the option if set, else an environment variable.</summary>
internal static class Credential
{
    /// <summary>
    /// Returns the credential with leading and trailing whitespace trimmed (a secret read from a file usually ends with a
    /// newline). Throws <see cref="MissingCredentialException"/> naming both places it looked when neither holds one, and
    /// <see cref="InvalidCredentialException"/> when what is left holds anything but printable ASCII.
    /// </summary>
    public static string Resolve(string? configured, string optionName, string environmentVariable)
    {
        var fromOptions = !string.IsNullOrWhiteSpace(configured);
        var value = fromOptions ? configured : Environment.GetEnvironmentVariable(environmentVariable);
        if (string.IsNullOrWhiteSpace(value))
            throw new MissingCredentialException(optionName, environmentVariable);
        var start = 0;
        var end = value!.Length;
        while (char.IsWhiteSpace(value[start]))
            start++;
        while (char.IsWhiteSpace(value[end - 1]))
            end--;
        var invalid = HeaderValue.IndexOfInvalid(value, start, end);
        if (invalid >= 0)
            throw new InvalidCredentialException(optionName, fromOptions ? null : environmentVariable, HeaderValue.Problem(value, invalid), invalid);
        return start == 0 && end == value.Length ? value : value.Substring(start, end - start);
    }

    /// <summary>How a secret appears in ToString output: never its value.</summary>
    public static string Describe(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "***";
}
