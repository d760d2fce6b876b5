using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using NUnit.Framework;
using TokenMint.Testing;

namespace TokenMint.Tests.Generated;

/// <summary>Checks, by reflection over the shipped assemblies, that the generated public API reads as DESIGN.md promises.</summary>
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

    [TestCase(typeof(TokenMint.Deck.DeckClient), "CreateLinkTokenAsync", typeof(TokenMint.Deck.CreateLinkTokenRequest), typeof(TokenMint.Deck.CreateLinkTokenResponse))]
    [TestCase(typeof(TokenMint.Deck.DeckClient), "CreateConnectionAsync", typeof(TokenMint.Deck.CreateConnectionRequest), typeof(TokenMint.Deck.CreateConnectionResponse))]
    [TestCase(typeof(TokenMint.Oneloop.OneloopClient), "GenerateLinkTokenAsync", typeof(TokenMint.Oneloop.GenerateLinkTokenRequest), typeof(TokenMint.Oneloop.GenerateLinkTokenResponse))]
    [TestCase(typeof(TokenMint.Trackstar.TrackstarClient), "CreateLinkTokenAsync", typeof(TokenMint.Trackstar.CreateLinkTokenRequest), typeof(TokenMint.Trackstar.CreateLinkTokenResponse))]
    [TestCase(typeof(TokenMint.Decart.DecartClient), "CreateClientTokenAsync", typeof(TokenMint.Decart.CreateClientTokenRequest), typeof(TokenMint.Decart.CreateClientTokenResponse))]
    public void EachOperationIsNamedAsDesignedAndVirtual(Type client, string method, Type request, Type response)
    {
        var found = client.GetMethod(method, [request, typeof(CancellationToken)]);
        Assert.That(found, Is.Not.Null);
        Assert.That(found!.ReturnType, Is.EqualTo(typeof(System.Threading.Tasks.Task<>).MakeGenericType(response)));
        Assert.That(found.IsVirtual, Is.True);
        Assert.That(client.GetInterface("I" + client.Name)!.GetMethod(method, [request, typeof(CancellationToken)]), Is.Not.Null);
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

    [TestCase(typeof(TokenMint.Decart.CreateClientTokenRequest), "ExpiresIn", typeof(long?), true)]
    [TestCase(typeof(TokenMint.Decart.CreateClientTokenRequest), "AllowedModels", typeof(ICollection<string>), true)]
    [TestCase(typeof(TokenMint.Decart.CreateClientTokenRequest), "Metadata", typeof(IDictionary<string, object>), true)]
    [TestCase(typeof(TokenMint.Decart.CreateClientTokenResponse), "ApiKey", typeof(string), false)]
    [TestCase(typeof(TokenMint.Deck.CreateLinkTokenResponse), "LinkToken", typeof(string), false)]
    [TestCase(typeof(TokenMint.Deck.CreateLinkTokenRequest), "Language", typeof(TokenMint.Deck.Language?), true)]
    [TestCase(typeof(TokenMint.Deck.CreateConnectionResponse), "AccessToken", typeof(string), true)]
    [TestCase(typeof(TokenMint.Oneloop.GenerateLinkTokenResponse), "ExpiresAt", typeof(long), false)]
    [TestCase(typeof(TokenMint.Oneloop.GenerateLinkTokenRequest), "CustomerId", typeof(string), false)]
    [TestCase(typeof(TokenMint.Oneloop.GenerateLinkTokenRequest), "ExternalBillingId", typeof(string), true)]
    [TestCase(typeof(TokenMint.Trackstar.CreateLinkTokenRequest), "ConnectionId", typeof(string), true)]
    public void NullabilityMatchesTheSpec(Type model, string property, Type expectedType, bool nullable)
    {
        var info = model.GetProperty(property)!;
        Assert.That(info.PropertyType, Is.EqualTo(expectedType));
        var state = new NullabilityInfoContext().Create(info).ReadState;
        Assert.That(state == NullabilityState.Nullable, Is.EqualTo(nullable), $"{model.Name}.{property} is {state}");
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
