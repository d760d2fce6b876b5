using System.IO;
using System.Linq;
using NUnit.Framework;

namespace TokenMint.SpecPrep.Tests;

public class SpecFolderTests
{
    [Test]
    public void PagesAreTheYamlFilesOtherThanTheOverlayInOrdinalOrder()
    {
        using var folder = new TempFolder();
        folder.Write("post-link-token.yaml", "openapi: 3.1.0\n");
        folder.Write("Post-Z.yaml", "openapi: 3.1.0\n");
        folder.Write("delete-link-token.yaml", "openapi: 3.1.0\n");
        folder.Write(SpecPreparer.OverlayFileName, "overlay: 1.0.0\n");
        folder.Write(SpecFolder.ProvenanceFileName, "{}\n");
        folder.Write("notes.md", "# Notes\n");

        var pages = SpecFolder.Pages(folder.Path).Select(Path.GetFileName);

        Assert.That(pages, Is.EqualTo(new[] { "Post-Z.yaml", "delete-link-token.yaml", "post-link-token.yaml" }));
    }
}
