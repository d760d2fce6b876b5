using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NUnit.Framework;

namespace TokenMint.PackageTests;

/// <summary>
/// Core's internals are shared with the vendor packages (InternalsVisibleTo), which is why each depends on exactly its
/// Core version (PackageDependencyTests): the shipped Core names every vendor package, and no package beyond them.
/// </summary>
[TestFixture]
public sealed class CoreFriendsTests
{
    [TestCaseSource(typeof(PackageFeed), nameof(PackageFeed.LibFrameworks))]
    public void ShippedCoreSharesItsInternalsWithEveryVendorPackageAndNoOtherPackage(string framework)
    {
        var core = PackageUnderTest.Open("TokenMint.Core").ReadNupkgEntry($"lib/{framework}/TokenMint.Core.dll");

        var friends = InternalsVisibleTo(core);
        var packageFriends = friends.Where(name => !IsTestAssembly(name));

        Assert.That(packageFriends, Is.EquivalentTo(PackageFeed.VendorPackageIds));
    }

    // The repository's test assemblies (tests/*: suites and benchmarks) also see Core's internals; they are never packed.
    private static bool IsTestAssembly(string name) =>
        name.EndsWith("Tests") || name.EndsWith("Tests.NetStandard") || name == "TokenMint.Benchmarks";

    private static List<string> InternalsVisibleTo(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var metadata = pe.GetMetadataReader();
        var friends = new List<string>();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
                continue;
            var constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != HandleKind.TypeReference
                || metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent).Name) != "InternalsVisibleToAttribute")
                continue;
            // The blob: the 0x0001 prolog, then the assembly name as a serialized string.
            var value = metadata.GetBlobReader(attribute.Value);
            value.ReadUInt16();
            friends.Add(value.ReadSerializedString()!);
        }
        return friends;
    }
}
