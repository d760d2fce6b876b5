using System.Linq;
using Newtonsoft.Json.Linq;
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
    [TestCase("""{"message":"API key trk-5e7a9c is revoked"}""", "trk-5e7a9c")]
    [TestCase("link token link-sandbox-9c2f1a expired", "link-sandbox-9c2f1a")]
    [TestCase("""{"message":"partial","detail":"key trk-5e7a9c""", "trk-5e7a9c")]
    public void AShortCredentialTheClientSentIsMaskedWhereNoPatternWouldCatchIt(string body, string credential)
    {
        Assert.That(Redactor.Excerpt(body), Does.Contain(credential), "precondition: too short for the patterns");

        var excerpt = Redactor.Excerpt(body, SentCredentials.From([credential]));

        Assert.That(excerpt, Does.Not.Contain(credential).And.Contain(Redactor.Mask));
    }

    [Test]
    public void ACredentialIsMaskedInTheFormJsonEscapesItTo()
    {
        // Truncated JSON, so the text is masked as it stands, with the echo's '/' and '"' escaped.
        var excerpt = Redactor.Excerpt("""{"detail":"key ab\/cd\"ef rejected""", SentCredentials.From(["ab/cd\"ef"]));

        Assert.That(excerpt, Does.Not.Contain("cd").And.Contain("rejected"));
    }

    [Test]
    public void TheKeyOfABearerValueIsMaskedOnItsOwn()
    {
        var credentials = SentCredentials.From(["Bearer olk-1a2b"]);

        Assert.That(credentials.Mask("sent Bearer olk-1a2b, key olk-1a2b"), Is.EqualTo("sent [REDACTED], key [REDACTED]"));
    }

    [Test]
    public void AMaskIsNeverMaskedAgain() =>
        Assert.That(SentCredentials.From(["RED"]).Mask("RED RED"), Is.EqualTo("[REDACTED] [REDACTED]"));

    [Test]
    public void AMemberNamedByACredentialLosesTheName()
    {
        var excerpt = Redactor.Excerpt("""{"fields":{"trk-5e7a9c":"unknown","other":"ok"}}""", SentCredentials.From(["trk-5e7a9c"]));

        Assert.That(excerpt, Does.Not.Contain("trk-5e7a9c").And.Contain("\"ok\""));
    }

    [Test]
    public void APayloadKeepsItsShapeWhileCredentialsAndSecretNamedStringsAreMasked()
    {
        const string body = """{"code":7,"message":"key trk-5e7a9c revoked","session":{"token":"tok-1","ttl":30},"items":[{"input":"trk-5e7a9c"}],"map":{"trk-5e7a9c":["x"]}}""";

        var payload = JObject.Parse(Redactor.RedactPayload(body, SentCredentials.From(["trk-5e7a9c"])));

        Assert.That(payload.ToString(), Does.Not.Contain("trk-5e7a9c").And.Not.Contain("tok-1"));
        Assert.That((int)payload["code"]!, Is.EqualTo(7));
        Assert.That((string?)payload["message"], Is.EqualTo("key [REDACTED] revoked"));
        Assert.That((int)payload["session"]!["ttl"]!, Is.EqualTo(30), "numbers under a secret name keep their type");
        Assert.That((string?)payload["items"]![0]!["input"], Is.EqualTo(Redactor.Mask));
        Assert.That(payload["map"]![Redactor.Mask], Is.Not.Null);
    }

    [Test]
    public void APayloadWithNothingToMaskIsLeftAsSent()
    {
        const string body = """{"error_code": "INVALID_ARGUMENT_FOR_THIS_LONG_CODE", "amount": 1.10}""";

        Assert.That(Redactor.RedactPayload(body, SentCredentials.From(["trk-5e7a9c"])), Is.SameAs(body));
    }
}
