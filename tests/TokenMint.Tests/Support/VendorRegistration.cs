using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TokenMint.Testing;

namespace TokenMint.Tests.Support;

/// <summary>
/// A vendor of specs/*/vendor.json as a host registers it from configuration: its section with every credential set, its generated
/// <c>AddXxxClient(IConfiguration)</c> and its options, found by the generated names so a new vendor needs no edit here.
/// </summary>
public sealed class VendorRegistration(VendorEntry vendor)
{
    private readonly Assembly _package = Assembly.Load(vendor.Package);

    /// <summary>The configuration section, named after the vendor: "Deck".</summary>
    public string Section => vendor.Name;

    /// <summary>Every credential the vendor declares, set, so only the setting under test is wrong.</summary>
    public Dictionary<string, string?> Credentials => vendor.Credentials.ToDictionary(c => $"{Section}:{c.Option}", _ => (string?)"key");

    /// <summary><c>services.AddXxxClient(configuration)</c>.</summary>
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        var extensions = _package.GetType($"Microsoft.Extensions.DependencyInjection.{vendor.Name}ServiceCollectionExtensions", throwOnError: true)!;
        var add = extensions.GetMethod($"Add{vendor.Name}Client", [typeof(IServiceCollection), typeof(IConfiguration)])
            ?? throw new MissingMethodException(extensions.FullName, $"Add{vendor.Name}Client(IServiceCollection, IConfiguration)");
        add.Invoke(null, [services, configuration]);
    }

    /// <summary>The vendor's options as the host resolves them.</summary>
    public ClientOptions Options(IServiceProvider services)
    {
        var type = _package.GetType($"{vendor.Package}.{vendor.Name}ClientOptions", throwOnError: true)!;
        var options = services.GetRequiredService(typeof(IOptions<>).MakeGenericType(type));
        return (ClientOptions)options.GetType().GetProperty(nameof(IOptions<ClientOptions>.Value))!.GetValue(options)!;
    }

    public override string ToString() => vendor.Name;
}
