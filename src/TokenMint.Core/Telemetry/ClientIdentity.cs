using System;
using System.Collections.Concurrent;
using TokenMint.Http;

namespace TokenMint.Telemetry;

/// <summary>
/// Who a generated client is, for telemetry and the User-Agent: its vendor ("Deck", from DeckClient) and its package
/// ("TokenMint.Deck", the client's assembly, at that assembly's version). Worked out once per client class. Telemetry's
/// tokenmint.vendor tag is not derived from the name but is the vendor's id (<see cref="ClientOperation"/>).
/// </summary>
internal sealed class ClientIdentity
{
    private const string ClientSuffix = "Client";

    private static readonly ConcurrentDictionary<Type, ClientIdentity> ByType = new();

    private ClientIdentity(Type generated)
    {
        var name = generated.Name;
        Vendor = name.EndsWith(ClientSuffix, StringComparison.Ordinal) && name.Length > ClientSuffix.Length
            ? name.Substring(0, name.Length - ClientSuffix.Length)
            : name;
        UserAgent = Telemetry.UserAgent.Of(generated.Assembly);
    }

    /// <summary>"Deck".</summary>
    public string Vendor { get; }

    /// <summary>"TokenMint.Deck/0.2.0 (.NET 10.0.12; Linux)".</summary>
    public string UserAgent { get; }

    /// <summary>
    /// The identity of <paramref name="client"/>'s generated class: the class that derives from <see cref="ClientBase"/> directly,
    /// so a caller's subclass of DeckClient (a fake, a decorator) is still Deck, at TokenMint.Deck's version.
    /// </summary>
    public static ClientIdentity Of(Type client)
    {
        var generated = client;
        while (generated.BaseType is { } parent && parent != typeof(ClientBase))
            generated = parent;
        return ByType.GetOrAdd(generated, static type => new ClientIdentity(type));
    }
}
