using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace TokenMint.SpecPrep;

/// <summary>Identifier conventions shared by the normalizations.</summary>
public static class Naming
{
    private static readonly Regex Words = new("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+", RegexOptions.CultureInvariant);

    /// <summary>PascalCase from snake_case, kebab-case, SCREAMING_CASE or camelCase.</summary>
    public static string PascalCase(string value)
    {
        var builder = new StringBuilder();
        foreach (var word in Words.Matches(value).Select(m => m.Value))
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1).ToLowerInvariant());
        var result = builder.ToString();
        return result.Length > 0 && char.IsDigit(result[0]) ? "_" + result : result;
    }
}
