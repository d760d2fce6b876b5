using System;

namespace TokenMint;

/// <summary>
/// A credential holds a character that cannot go into an HTTP header: a control character (CR, LF, tab…) or a non-ASCII
/// character anywhere but at its ends (leading and trailing whitespace is trimmed). The message names the option and the
/// character's position, never the value.
/// </summary>
public sealed class InvalidCredentialException : ArgumentException
{
    /// <summary>Creates the exception for the named option.</summary>
    /// <param name="optionName">The options property, such as <c>DeckClientOptions.Secret</c>.</param>
    /// <param name="environmentVariable">The environment variable the value came from, or null when it came from the options.</param>
    /// <param name="problem">What is wrong and where, such as "has a line break at position 12 (counting from 0)"; never the value.</param>
    /// <param name="position">The offending character's index in the value as configured (before trimming), from 0.</param>
    internal InvalidCredentialException(string optionName, string? environmentVariable, string problem, int position)
        : base(Describe(optionName, environmentVariable, problem), optionName)
    {
        OptionName = optionName;
        Position = position;
    }

    /// <summary>The options property whose value is invalid, such as <c>DeckClientOptions.Secret</c>.</summary>
    public string OptionName { get; }

    /// <summary>The offending character's index in the value as configured (before trimming), counting from 0.</summary>
    public int Position { get; }

    private static string Describe(string optionName, string? environmentVariable, string problem) =>
        $"{optionName}{(environmentVariable is null ? string.Empty : $" (read from the {environmentVariable} environment variable)")} {problem}. "
        + "A credential may hold printable ASCII characters only; leading and trailing whitespace, such as a file's final newline, is trimmed. "
        + "The value is not shown.";
}
