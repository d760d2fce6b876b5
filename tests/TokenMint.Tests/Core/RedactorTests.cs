using System.Linq;
using NUnit.Framework;
using TokenMint.Http;

namespace TokenMint.Tests.Core;

public class RedactorTests
{
    [Test]
    public void JsonFieldsNamedLikeCredentialsAreMasked()
    {
        var excerpt = Redactor.Excerpt("""{"link_token":"abc","apiKey":"k","nested":{"client_secret":"s","message":"ok"}}""");
        Assert.That(excerpt, Does.Not.Contain("\"abc\"").And.Not.Contain("\"k\"").And.Not.Contain("\"s\""));
        Assert.That(excerpt, Does.Contain("\"message\":\"ok\""));
    }

    [Test]
    public void LongOpaqueStringsAreMaskedWhateverTheirField()
    {
        var excerpt = Redactor.Excerpt("""{"detail":"token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U rejected"}""");
        Assert.That(excerpt, Does.Not.Contain("eyJhbGciOiJIUzI1NiJ9"));
        Assert.That(excerpt, Does.Contain("rejected"));
    }

    [Test]
    public void TruncatedJsonIsStillRedacted()
    {
        var excerpt = Redactor.Excerpt("""{"message":"partial","access_token":"short-but-secret""");
        Assert.That(excerpt, Does.Not.Contain("short-but-secret"));
        Assert.That(excerpt, Does.Contain("partial"));
    }

    [Test]
    public void AHugeBodyIsCutToTheExcerptLength()
    {
        var excerpt = Redactor.Excerpt(new string('a', 10) + string.Concat(Enumerable.Repeat("word ", 200_000)));
        Assert.That(excerpt.Length, Is.LessThanOrEqualTo(Redactor.MaxExcerptLength + 1));
    }

    [Test]
    public void NoBodyGivesAnEmptyExcerpt() => Assert.That(Redactor.Excerpt(null), Is.Empty);
}
