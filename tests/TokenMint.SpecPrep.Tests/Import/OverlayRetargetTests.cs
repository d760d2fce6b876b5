using System.IO;
using NUnit.Framework;
using TokenMint.SpecPrep.Import;

namespace TokenMint.SpecPrep.Tests.Import;

/// <summary>When an operation moves, the overlay's actions on it (and only on it) follow it to its new path and method.</summary>
public class OverlayRetargetTests
{
    private const string Overlay = """
        overlay: 1.0.0
        actions:
          - target: $.paths['/link/token/create'].post
            update: {operationId: CreateLinkToken}
          - target: $.paths["/link/token/create"].post.requestBody
            update: {description: body}
          - target: $.paths['/link/token/create'].get
            update: {operationId: ReadLinkToken}
          - target: $.paths['/link/token/create/extra'].post
            update: {operationId: Other}
          - target: $.paths['/link/token/create'].postscript
            update: {operationId: NotAMethod}

        """;

    [Test]
    public void ActionsOnTheMovedOperationTakeItsNewPathAndMethodOthersStay()
    {
        using var folder = new TempFolder();
        var path = folder.Write(SpecPreparer.OverlayFileName, Overlay);

        var moved = OverlayRetarget.Apply(folder.Path, "post /link/token/create", "put /link/token");

        Assert.That(moved, Is.EqualTo(2));
        Assert.That(File.ReadAllText(path), Is.EqualTo(Overlay
            .Replace("$.paths['/link/token/create'].post\n", "$.paths['/link/token'].put\n")
            .Replace("$.paths[\"/link/token/create\"].post.requestBody", "$.paths[\"/link/token\"].put.requestBody")));
    }

    [Test]
    public void NoOverlayMeansNothingToMove()
    {
        using var folder = new TempFolder();

        Assert.That(OverlayRetarget.Apply(folder.Path, "post /a", "post /b"), Is.Zero);
    }
}
