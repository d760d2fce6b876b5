using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TokenMint.SpecPrep;

/// <summary>Identifier conventions shared by the normalizations.</summary>
public static class Naming
{
    private static readonly Regex WordPattern = new("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+", RegexOptions.CultureInvariant);

    /// <summary>The words of a snake_case, kebab-case, SCREAMING_CASE or camelCase name, each capitalized: "api_key" → Api, Key.</summary>
    public static IReadOnlyList<string> Words(string value) =>
        WordPattern.Matches(value).Select(m => char.ToUpperInvariant(m.Value[0]) + m.Value.Substring(1).ToLowerInvariant()).ToList();

    /// <summary>The name with its first letter in lower case: "ApiKey" → "apiKey" (a C# local or parameter from a PascalCase name).</summary>
    public static string CamelCase(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];

    /// <summary>PascalCase from snake_case, kebab-case, SCREAMING_CASE or camelCase.</summary>
    public static string PascalCase(string value)
    {
        var result = string.Concat(Words(value));
        return result.Length > 0 && char.IsDigit(result[0]) ? "_" + result : result;
    }
}
