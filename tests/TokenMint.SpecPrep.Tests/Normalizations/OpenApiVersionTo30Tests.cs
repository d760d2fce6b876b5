using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Normalizations;

namespace TokenMint.SpecPrep.Tests.Normalizations;

public class OpenApiVersionTo30Tests
{
    [TestCase("3.1.0")]
    [TestCase("3.1.1")]
    public void OpenApi31IsDeclared303(string version)
    {
        var document = new JObject { ["openapi"] = version };

        new OpenApiVersionTo30().Apply(document);

        Assert.That((string?)document["openapi"], Is.EqualTo("3.0.3"));
    }

    [TestCase("3.0.0")]
    [TestCase("3.0.4")]
    public void OpenApi30IsUntouched(string version)
    {
        var document = new JObject { ["openapi"] = version };

        new OpenApiVersionTo30().Apply(document);

        Assert.That((string?)document["openapi"], Is.EqualTo(version));
    }

    [Test]
    public void DocumentWithoutAVersionIsLeftWithout()
    {
        var document = new JObject { ["info"] = new JObject() };

        new OpenApiVersionTo30().Apply(document);

        Assert.That(document.ContainsKey("openapi"), Is.False);
    }
}
