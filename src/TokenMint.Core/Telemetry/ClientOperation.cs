using System;
using System.Collections.Generic;

namespace TokenMint.Telemetry;

/// <summary>
/// One operation of a generated client, as telemetry names it: built once per operation (a static field of the generated client,
/// build/templates/Client.Class.liquid), so a call allocates no name or tag.
/// </summary>
internal sealed class ClientOperation
{
    /// <param name="client">The generated client class, such as DeckClient.</param>
    /// <param name="vendorId">The vendor's id, its specs/ folder name (lower case, <c>DeckSpec.Id</c>): "deck".</param>
    /// <param name="name">The operation, as its method is named without "Async": "CreateLinkToken".</param>
    public ClientOperation(Type client, string vendorId, string name)
    {
        var identity = ClientIdentity.Of(client ?? throw new ArgumentNullException(nameof(client)));
        ActivityName = identity.Vendor + "." + (name ?? throw new ArgumentNullException(nameof(name)));
        Vendor = new KeyValuePair<string, object?>(ClientTelemetry.VendorTag, vendorId ?? throw new ArgumentNullException(nameof(vendorId)));
        Operation = new KeyValuePair<string, object?>(ClientTelemetry.OperationTag, name);
        StartTags = [Vendor, Operation];
    }

    /// <summary>"&lt;Vendor&gt;.&lt;Operation&gt;": "Deck.CreateLinkToken".</summary>
    public string ActivityName { get; }

    /// <summary>tokenmint.vendor, the vendor's id: "deck", "acme-pay".</summary>
    public KeyValuePair<string, object?> Vendor { get; }

    /// <summary>tokenmint.operation: "CreateLinkToken".</summary>
    public KeyValuePair<string, object?> Operation { get; }

    /// <summary>The tags an Activity starts with, so samplers see them too.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> StartTags { get; }
}
