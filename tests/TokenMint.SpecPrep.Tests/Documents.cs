using System;
using System.IO;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace TokenMint.SpecPrep.Tests;

/// <summary>Builds test documents from inline YAML and compares JSON trees with a readable failure message.</summary>
internal static class Documents
{
    public static JObject Parse(string yaml) => YamlJson.ParseObject(yaml, "test document");

    /// <summary>Asserts that <paramref name="actual"/> has the same content as <paramref name="expectedYaml"/> (property order aside).</summary>
    public static void AssertEquivalent(string expectedYaml, JToken? actual)
    {
        var expected = YamlJson.Parse(expectedYaml);
        Assert.That(actual, Is.Not.Null, "The token under test is missing.");
        Assert.That(JToken.DeepEquals(expected, actual), Is.True,
            $"Expected:\n{JsonOutput.Format(expected)}\nActual:\n{JsonOutput.Format(actual!)}");
    }

    /// <summary>The text of a fixture copied beside the tests, e.g. <c>Import/Fixtures/trackstar-page.md</c>.</summary>
    public static string Fixture(string relativePath) =>
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, relativePath));
}

/// <summary>A fresh directory under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "TokenMint.SpecPrep.Tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
