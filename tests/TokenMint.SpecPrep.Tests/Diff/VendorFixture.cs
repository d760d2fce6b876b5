using System;
using System.IO;
using NUnit.Framework;
using TokenMint.SpecPrep.Diff;

namespace TokenMint.SpecPrep.Tests.Diff;

/// <summary>
/// A vendored spec folder (Diff/Fixtures/&lt;vendor&gt;) copied twice into a temp folder: <see cref="Before"/> stays as vendored,
/// tests edit <see cref="After"/> to play the vendor's change, then compare the two like the report does.
/// </summary>
internal sealed class VendorFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public VendorFixture(string vendor)
    {
        Vendor = vendor;
        var source = System.IO.Path.Combine(TestContext.CurrentContext.TestDirectory, "Diff", "Fixtures", vendor);
        Before = Copy(source, System.IO.Path.Combine(_temp.Path, "before", vendor));
        After = Copy(source, System.IO.Path.Combine(_temp.Path, "after", vendor));
    }

    public string Vendor { get; }

    public string Before { get; }

    public string After { get; }

    /// <summary>The specs root holding <see cref="After"/>, for the importer.</summary>
    public string AfterSpecsRoot => System.IO.Path.GetDirectoryName(After)!;

    public string Text(string file) => File.ReadAllText(System.IO.Path.Combine(After, file));

    /// <summary>Replaces text that must occur exactly once in the after copy, so a fixture drifting from the test fails loudly.</summary>
    public void Edit(string file, string find, string replace) => File.WriteAllText(System.IO.Path.Combine(After, file), Replaced(Text(file), find, replace));

    public void Rewrite(string file, Func<string, string> change) => File.WriteAllText(System.IO.Path.Combine(After, file), change(Text(file)));

    public static string Replaced(string text, string find, string replace)
    {
        var first = text.IndexOf(find, StringComparison.Ordinal);
        Assert.That(first, Is.GreaterThanOrEqualTo(0), $"The fixture no longer contains:\n{find}");
        Assert.That(text.IndexOf(find, first + 1, StringComparison.Ordinal), Is.LessThan(0), $"The fixture contains this more than once:\n{find}");
        return text.Substring(0, first) + replace + text.Substring(first + find.Length);
    }

    public void Delete(string file) => File.Delete(System.IO.Path.Combine(After, file));

    public VendorDiff Compare() => VendorComparison.Compare(Vendor, Before, After);

    public void Dispose() => _temp.Dispose();

    private static string Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        return target;
    }
}
