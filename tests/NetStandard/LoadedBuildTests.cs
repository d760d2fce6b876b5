using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using NUnit.Framework;
using TokenMint.Decart;
using TokenMint.Deck;
using TokenMint.Oneloop;
using TokenMint.Trackstar;

namespace TokenMint.NetStandard;

/// <summary>In the *.NetStandard test projects: the suite really runs on the libraries' netstandard2.0 build.</summary>
public class LoadedBuildTests
{
    [Test]
    public void EveryLibraryLoadedIsItsNetStandard20Build()
    {
        var libraries = new[] { typeof(ClientOptions), typeof(DeckClient), typeof(OneloopClient), typeof(TrackstarClient), typeof(DecartClient) }
            .Select(type => type.Assembly);

        Assert.That(libraries.Select(assembly => $"{assembly.GetName().Name}: {assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName}"),
            Is.EqualTo(new[]
            {
                "TokenMint.Core: .NETStandard,Version=v2.0",
                "TokenMint.Deck: .NETStandard,Version=v2.0",
                "TokenMint.Oneloop: .NETStandard,Version=v2.0",
                "TokenMint.Trackstar: .NETStandard,Version=v2.0",
                "TokenMint.Decart: .NETStandard,Version=v2.0",
            }));
    }
}
