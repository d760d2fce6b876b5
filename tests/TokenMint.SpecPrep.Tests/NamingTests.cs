using NUnit.Framework;

namespace TokenMint.SpecPrep.Tests;

public class NamingTests
{
    [TestCase("snake_case", ExpectedResult = "SnakeCase")]
    [TestCase("in_progress_2", ExpectedResult = "InProgress2")]
    [TestCase("INVALID_REQUEST", ExpectedResult = "InvalidRequest")]
    [TestCase("EN", ExpectedResult = "En")]
    [TestCase("camelCase", ExpectedResult = "CamelCase")]
    [TestCase("kebab-case", ExpectedResult = "KebabCase")]
    [TestCase("PascalCase", ExpectedResult = "PascalCase")]
    [TestCase("space separated words", ExpectedResult = "SpaceSeparatedWords")]
    public string PascalCaseJoinsTheWordsOfAnyConvention(string value) => Naming.PascalCase(value);

    [TestCase("HTTPValidationError", ExpectedResult = "HttpValidationError")]
    [TestCase("userID", ExpectedResult = "UserId")]
    [TestCase("parseURLForAPI", ExpectedResult = "ParseUrlForApi")]
    public string PascalCaseTreatsAcronymsAsWords(string value) => Naming.PascalCase(value);

    [TestCase("2fa", ExpectedResult = "_2Fa")]
    [TestCase("3ds_required", ExpectedResult = "_3DsRequired")]
    public string PascalCaseOfALeadingDigitStartsWithAnUnderscore(string value) => Naming.PascalCase(value);
}
