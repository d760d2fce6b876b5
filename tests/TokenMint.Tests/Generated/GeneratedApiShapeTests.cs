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
    public void EveryOperationHasBothWithResponseOverloadsOnTheClientAndItsInterface()
    {
        var operations = Operations().ToList();
        Assert.That(operations, Is.Not.Empty);
        foreach (var (client, method) in operations)
        {
            // An operation with no result (a plain Task, as for a 204) returns the non-generic ApiResponse.
            var expected = typeof(System.Threading.Tasks.Task<>).MakeGenericType(method.ReturnType.IsGenericType
                ? typeof(ApiResponse<>).MakeGenericType(method.ReturnType.GetGenericArguments().Single())
                : typeof(ApiResponse));
            var parameters = method.GetParameters().Select(p => p.ParameterType).ToArray();
            var name = method.Name.Replace("Async", "WithResponseAsync", StringComparison.Ordinal);
            var onClient = client.GetMethod(name, parameters);
            var onInterface = client.GetInterface("I" + client.Name)!.GetMethod(name, parameters);
            Assert.That(onClient?.ReturnType, Is.EqualTo(expected), $"{client.Name}.{name}({string.Join(", ", parameters.Select(p => p.Name))})");
            Assert.That(onClient!.IsVirtual, Is.True, $"{client.Name}.{name} is virtual, so a test can override it");
            Assert.That(onInterface?.ReturnType, Is.EqualTo(expected), $"I{client.Name}.{name}");
        }
    }

    /// <summary>Every operation method (XxxAsync, both overloads) of every vendor's client.</summary>
    internal static IEnumerable<(Type Client, MethodInfo Method)> Operations() =>
        from client in PublicTypes
        where client.IsClass && client.GetInterface("I" + client.Name) is not null
        from method in client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        where method.Name.EndsWith("Async", StringComparison.Ordinal) && !method.Name.EndsWith("WithResponseAsync", StringComparison.Ordinal)
        select (client, method);

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
