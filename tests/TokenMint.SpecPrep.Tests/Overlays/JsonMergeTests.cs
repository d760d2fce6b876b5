using Newtonsoft.Json.Linq;
using NUnit.Framework;
using TokenMint.SpecPrep.Overlays;

namespace TokenMint.SpecPrep.Tests.Overlays;

public class JsonMergeTests
{
    [Test]
    public void UpdateMergesObjectsRecursively()
    {
        var target = Documents.Parse("""
            info:
              title: Pets
              contact:
                name: Support
            """);

        JsonMerge.Into(target, Documents.Parse("""
            info:
              contact:
                email: support@example.com
            """), "test");

        Documents.AssertEquivalent("""
            info:
              title: Pets
              contact:
                name: Support
                email: support@example.com
            """, target);
    }

    [Test]
    public void UpdateReplacesScalarsAndAddsNewProperties()
    {
        var target = Documents.Parse("""
            operationId: post_POST__link_token
            summary: Create Link Token
            """);

        JsonMerge.Into(target, Documents.Parse("""
            operationId: CreateLinkToken
            deprecated: false
            """), "test");

        Documents.AssertEquivalent("""
            operationId: CreateLinkToken
            summary: Create Link Token
            deprecated: false
            """, target);
    }

    [Test]
    public void UpdateReplacesANestedArrayAsAValue()
    {
        var target = Documents.Parse("""
            required: [id]
            """);

        JsonMerge.Into(target, Documents.Parse("required: [id, name]"), "test");

        Documents.AssertEquivalent("required: [id, name]", target);
    }

    [Test]
    public void UpdateOfAnArrayAppendsTheValue()
    {
        var target = new JArray("a");

        JsonMerge.Into(target, new JValue("b"), "test");

        Assert.That(target.Values<string>(), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void UpdateOfAnArrayWithAnArrayAppendsEachItem()
    {
        var target = new JArray("a");

        JsonMerge.Into(target, new JArray("b", "c"), "test");

        Assert.That(target.Values<string>(), Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public void UpdateOfAScalarThrows()
    {
        var document = Documents.Parse("title: Pets");

        var error = Assert.Throws<SpecException>(() => JsonMerge.Into(document["title"]!, new JValue("Cats"), "overlay action 3"));

        Assert.That(error!.Message, Does.StartWith("overlay action 3"));
    }

    [Test]
    public void ScalarUpdateOfAnObjectThrows()
    {
        Assert.Throws<SpecException>(() => JsonMerge.Into(new JObject(), new JValue("x"), "test"));
    }

    [Test]
    public void UpdateIsCopiedNotShared()
    {
        var update = Documents.Parse("contact: {name: Support}");
        var first = new JObject();
        var second = new JObject();

        JsonMerge.Into(first, update, "test");
        JsonMerge.Into(second, update, "test");
        first["contact"]!["name"] = "Changed";

        Assert.That((string?)second["contact"]!["name"], Is.EqualTo("Support"));
        Assert.That((string?)update["contact"]!["name"], Is.EqualTo("Support"));
    }
}
