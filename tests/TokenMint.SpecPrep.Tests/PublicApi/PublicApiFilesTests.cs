using System.IO;
using NUnit.Framework;
using TokenMint.SpecPrep.PublicApi;

namespace TokenMint.SpecPrep.Tests.PublicApi;

/// <summary>Recording removed APIs the way the PublicApiAnalyzers expect, and keeping the files sorted.</summary>
public class PublicApiFilesTests
{
    private TempFolder _project = null!;

    [SetUp]
    public void CreateProject() => _project = new TempFolder();

    [TearDown]
    public void DeleteProject() => _project.Dispose();

    private string Read(string file) => File.ReadAllText(Path.Combine(_project.Path, file));

    [Test]
    public void RemovedUnshippedApiLosesItsLine()
    {
        var unshipped = _project.Write(PublicApiFiles.Unshipped, "#nullable enable\nA.B.get -> string!\nA.Gone.get -> string!\nA.C() -> void\n");

        var folders = PublicApiFiles.RecordRemovals([new RemovedApi(unshipped, "A.Gone.get -> string!")]);

        Assert.That(folders, Is.EqualTo(new[] { _project.Path }));
        Assert.That(Read(PublicApiFiles.Unshipped), Is.EqualTo("#nullable enable\nA.B.get -> string!\nA.C() -> void\n"));
    }

    [Test]
    public void RemovedShippedApiStaysShippedAndIsMarkedRemovedInUnshipped()
    {
        var shipped = _project.Write(PublicApiFiles.Shipped, "#nullable enable\nA.Gone.get -> string!\n");
        _project.Write(PublicApiFiles.Unshipped, "#nullable enable\n");

        PublicApiFiles.RecordRemovals([new RemovedApi(shipped, "A.Gone.get -> string!")]);

        Assert.That(Read(PublicApiFiles.Shipped), Is.EqualTo("#nullable enable\nA.Gone.get -> string!\n"));
        Assert.That(Read(PublicApiFiles.Unshipped), Is.EqualTo("#nullable enable\n*REMOVED*A.Gone.get -> string!\n"));
    }

    [Test]
    public void SortKeepsNullableFirstThenOrdinalOrderWithoutDuplicatesOrBlankLines()
    {
        _project.Write(PublicApiFiles.Unshipped, "#nullable enable\nb.X\n\nB.Y\nA.Z\nb.X\n");

        PublicApiFiles.Sort(_project.Path);

        Assert.That(Read(PublicApiFiles.Unshipped), Is.EqualTo("#nullable enable\nA.Z\nB.Y\nb.X\n"));
    }
}
