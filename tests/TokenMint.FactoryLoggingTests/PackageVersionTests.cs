using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NUnit.Framework;

namespace TokenMint.FactoryLoggingTests;

/// <summary>
/// The factory-logging tests prove something only on the release the project pins: check that the host resolved that
/// package (the deps.json it loads from) and that the assembly came from it, not from a shared framework.
/// </summary>
public class PackageVersionTests
{
    private static string Expected => typeof(PackageVersionTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ExpectedMicrosoftExtensionsHttpVersion").Value!;

    [Test]
    public void TheLoadedMicrosoftExtensionsHttpIsThePackageReleaseTheProjectPins()
    {
        Assert.That(PackageVersion("Microsoft.Extensions.Http"), Is.EqualTo(Expected));
        Assert.That(Path.GetDirectoryName(typeof(IHttpClientFactory).Assembly.Location) + Path.DirectorySeparatorChar,
            Is.EqualTo(AppContext.BaseDirectory), "loaded from the package, beside the tests");
    }

    [Test]
    public void TheLoadedMicrosoftExtensionsLoggingIsFromTheSameMajorRelease()
    {
        Assert.That(PackageVersion("Microsoft.Extensions.Logging").Split('.')[0], Is.EqualTo(Expected.Split('.')[0]));
        Assert.That(Path.GetDirectoryName(typeof(LoggerFactory).Assembly.Location) + Path.DirectorySeparatorChar, Is.EqualTo(AppContext.BaseDirectory));
    }

    // The version the build resolved, as the test host's deps.json records it ("Microsoft.Extensions.Http/8.0.1").
    private static string PackageVersion(string package)
    {
        var depsFile = Path.Combine(AppContext.BaseDirectory, typeof(PackageVersionTests).Assembly.GetName().Name + ".deps.json");
        using var deps = JsonDocument.Parse(File.ReadAllText(depsFile));
        return deps.RootElement.GetProperty("libraries").EnumerateObject()
            .Select(library => library.Name.Split('/'))
            .Single(parts => parts[0] == package)[1];
    }
}
