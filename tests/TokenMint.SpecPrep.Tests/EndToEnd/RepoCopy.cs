using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using TokenMint.SpecPrep.Tests.Diff;

namespace TokenMint.SpecPrep.Tests.EndToEnd;

/// <summary>The parts of the repository an end-to-end test needs, copied into a temporary folder without bin/ and obj/.</summary>
internal static class RepoCopy
{
    public static void Into(string target, params string[] paths)
    {
        foreach (var path in paths)
            Copy(Path.Combine(NSwagGeneration.RepoRoot, path), Path.Combine(target, path));
    }

    private static void Copy(string source, string target)
    {
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
            return;
        }
        foreach (var entry in Directory.EnumerateFileSystemEntries(source).Where(e => Path.GetFileName(e) is not ("bin" or "obj")))
            Copy(entry, Path.Combine(target, Path.GetFileName(entry)));
    }
}

/// <summary>Loads a freshly built package and its dependencies from its build output, apart from the test's own copies.</summary>
internal sealed class BuiltPackageContext(string folder, string name) : AssemblyLoadContext(name, isCollectible: true)
{
    protected override Assembly? Load(AssemblyName assembly) =>
        File.Exists(Path.Combine(folder, assembly.Name + ".dll")) ? LoadFromAssemblyPath(Path.Combine(folder, assembly.Name + ".dll")) : null;
}
