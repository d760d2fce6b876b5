using NUnit.Framework;
using TokenMint.Tests.Support;

namespace TokenMint.Tests.Core;

public class CredentialTests
{
    private const string Variable = "TOKENMINT_TEST_CREDENTIAL";

    [TestCase("key-1\n", "key-1")]
    [TestCase("key-1\r\n", "key-1")]
    [TestCase(" \tkey-1 \n", "key-1")]
    [TestCase("\u00a0key-1\u2003", "key-1")]
    [TestCase(" key 1\n", "key 1")]
    public void ACredentialIsTrimmedOfWhitespaceAtItsEnds(string configured, string expected)
    {
        using var environment = new EnvironmentVariable(Variable, null);

        Assert.That(Credential.Resolve(configured, "Options.Key", Variable), Is.EqualTo(expected));
    }

    [Test]
    public void ACredentialFromTheEnvironmentIsTrimmedToo()
    {
        using var environment = new EnvironmentVariable(Variable, "key-from-file\n");

        Assert.That(Credential.Resolve(null, "Options.Key", Variable), Is.EqualTo("key-from-file"));
    }

    [TestCase("key\r\n1", 3, "a line break")]
    [TestCase("key\u00001", 3, "a control character")]
    [TestCase("ké", 1, "a non-ASCII character")]
    public void ACharacterNoHeaderCanCarryIsNamedByKindAndPosition(string configured, int position, string kind)
    {
        var error = Assert.Throws<InvalidCredentialException>(() => Credential.Resolve(configured, "Options.Key", Variable))!;

        Assert.That(error.Position, Is.EqualTo(position));
        Assert.That(error.Message, Does.StartWith($"Options.Key has {kind} at position {position} (counting from 0)."));
    }
}
