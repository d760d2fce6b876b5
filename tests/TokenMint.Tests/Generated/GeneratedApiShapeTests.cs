using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using NUnit.Framework;
using TokenMint.Testing;

namespace TokenMint.Tests.Generated;

/// <summary>
/// Checks, by reflection over the shipped assemblies, rules the generated public API follows (DESIGN.md). Signatures,
/// nullability and virtual-ness of each member are already enforced by the PublicAPI.*.txt files, so are not repeated here.
/// </summary>
public class GeneratedApiShapeTests
{
    // Every vendor package (specs/*/vendor.json); the test project references each src/TokenMint.* project.
    private static readonly Assembly[] VendorAssemblies = VendorList.All.Select(vendor => Assembly.Load(vendor.Package)).ToArray();

    private static IEnumerable<Type> PublicTypes => VendorAssemblies.SelectMany(a => a.GetExportedTypes());

    private static IEnumerable<string> PublicIdentifiers =>
        PublicTypes.SelectMany(t => new[] { t.Name }.Concat(
            t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } and not FieldInfo { IsSpecialName: true })
                .Select(m => m.Name)
                .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .SelectMany(m => m.GetParameters()).Select(p => p.Name ?? string.Empty))));

    [Test]
    public void NoPublicIdentifierHasAnUnderscoreOrDecksInternalPrefix()
    {
        var bad = PublicIdentifiers.Where(n => n.Contains('_') || n.Contains("Datadeck", StringComparison.Ordinal)).Distinct().ToList();
        Assert.That(bad, Is.Empty);
    }


    [Test]
    public void EveryPublicAsyncMethodTakesACancellationTokenLastAndNoCredential()
    {
        var methods = PublicTypes.Where(t => t.Name.EndsWith("Client", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal)).ToList();
        Assert.That(methods, Is.Not.Empty);
        foreach (var method in methods)
        {
            var parameters = method.GetParameters();
            Assert.That(parameters.Last().ParameterType, Is.EqualTo(typeof(CancellationToken)), method.ToString());
            Assert.That(parameters.Select(p => p.Name), Has.None.Contains("key").IgnoreCase.And.None.Contains("secret").IgnoreCase, method.ToString());
        }
    }


    [Test]
    public void EnumMembersArePascalCase()
    {
        Assert.That(TokenMint.Deck.Language.En.Value, Is.EqualTo("EN"));
        Assert.That(TokenMint.Deck.ErrorCategory.InvalidRequest.Value, Is.EqualTo("INVALID_REQUEST"));
        Assert.That(TokenMint.Deck.ErrorCode.IdempotencyKeyDuplicate.Value, Is.EqualTo("IDEMPOTENCY_KEY_DUPLICATE"));
    }

    [Test]
    public void EveryClientThrowsTheOneSharedApiException()
    {
        Assert.That(PublicTypes.Where(t => t.Name.StartsWith("ApiException", StringComparison.Ordinal)), Is.Empty);
    }
}
