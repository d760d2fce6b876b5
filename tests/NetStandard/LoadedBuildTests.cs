using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using NUnit.Framework;
using TokenMint.Testing;

namespace TokenMint.NetStandard;

/// <summary>In the *.NetStandard test projects: the suite really runs on the libraries' netstandard2.0 build.</summary>
public class LoadedBuildTests
{
    [Test]
    public void EveryLibraryLoadedIsItsNetStandard20Build()
    {
        var packages = new[] { "TokenMint.Core" }.Concat(VendorList.All.Select(vendor => vendor.Package)).ToList();

        var libraries = packages.Select(package => Assembly.Load(package));

        Assert.That(libraries.Select(assembly => $"{assembly.GetName().Name}: {assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName}"),
            Is.EqualTo(packages.Select(package => $"{package}: .NETStandard,Version=v2.0")));
    }
}
