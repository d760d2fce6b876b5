using System.Collections.Generic;

namespace TokenMint.SpecPrep.Diff;

/// <summary>
/// Every rule the differ applies, in one place, so the report's legend is the classification itself.
/// "Breaking" means code or a call that worked against the previous SDK can fail to compile or fail at run time;
/// "behaviour" means it still compiles and runs, but does something else (another host, other requests rejected).
/// </summary>
public static class BreakingRules
{
    public static readonly BreakingRule OperationAdded = new("operation added", false, false, "a new client method");
    public static readonly BreakingRule OperationRemoved = new("operation removed", true, true, "its client method disappears");
    public static readonly BreakingRule OperationMoved = new("operation moved", false, false,
        "same client method (same operationId), so no API break; a wire change: requests go to the new path or method, an older SDK keeps calling the old one");
    public static readonly BreakingRule OperationIdChanged = new("operationId changed", true, true, "its client method is renamed");
    public static readonly BreakingRule RetryClassChanged = new("retry class changed", false, false, "behaviour only; review the overlay's reason");
    public static readonly BreakingRule ParameterAddedOptional = new("parameter added, optional", false, false, "existing calls still valid on the wire; ApiCompat judges the new signature");
    public static readonly BreakingRule ParameterAddedRequired = new("parameter added, required", true, true, "existing calls lack it");
    public static readonly BreakingRule ParameterRemoved = new("parameter removed", true, true, "the method's signature loses it");
    public static readonly BreakingRule ParameterBecameRequired = new("parameter became required", true, true, "calls without it now fail");
    public static readonly BreakingRule ParameterNoLongerRequired = new("parameter no longer required", false, false, "every existing call still passes it");
    public static readonly BreakingRule RequestBodyAddedOrRemoved = new("request body added or removed", true, true, "the method's signature changes");
    public static readonly BreakingRule RequestBodyBecameRequired = new("request body became required", true, true, "calls without a request now fail");
    public static readonly BreakingRule RequestBodyNoLongerRequired = new("request body no longer required", false, false, "every existing call still sends one");
    public static readonly BreakingRule RequestBodyTypeChanged = new("request body type changed", true, true, "callers build another type");
    public static readonly BreakingRule ResponseAdded = new("response status added", false, false, "another documented outcome");
    public static readonly BreakingRule SuccessResponseRemoved = new("success response removed", true, true, "the method's result changes");
    public static readonly BreakingRule ErrorResponseRemoved = new("error response removed", false, false, "that status still surfaces as ApiException, without a typed payload");
    public static readonly BreakingRule ResponseTypeChanged = new("response body type changed", true, true, "callers read another type");
    public static readonly BreakingRule SchemaAdded = new("schema added", false, false, "a new C# type");
    public static readonly BreakingRule SchemaRemoved = new("schema removed", true, true, "its C# type disappears (a rename looks the same)");
    public static readonly BreakingRule PropertyAddedOptional = new("property added, optional", false, false, "requests omit it when null; responses gain a value");
    public static readonly BreakingRule PropertyAddedRequired = new("property added, required", true, false, "existing requests lack it; a response only guarantees more");
    public static readonly BreakingRule PropertyRemoved = new("property removed", true, true, "its C# property disappears (a rename looks the same)");
    public static readonly BreakingRule TypeChanged = new("type changed", true, true, "the C# type of the property or schema changes (type, format or $ref)");
    public static readonly BreakingRule BecameRequired = new("became required", true, false, "requests without it are rejected; a response only guarantees more");
    public static readonly BreakingRule NoLongerRequired = new("no longer required", false, true, "requests still send it; a response may now omit it");
    public static readonly BreakingRule EnumValueAdded = new("enum value added", false, false, "requests may send it; SDK enums keep unknown response values");
    public static readonly BreakingRule EnumValueRemoved = new("enum value removed", true, true, "its C# member disappears, and requests sending it are rejected");
    public static readonly BreakingRule BecameNullable = new("became nullable", false, true, "requests may now send null; responses may now hold null");
    public static readonly BreakingRule NoLongerNullable = new("no longer nullable", true, false, "requests sending null are rejected; a response only guarantees more");
    public static readonly BreakingRule ConstraintTightened = new("constraint tightened", false, false,
        "behaviour change: more requests rejected before the network (the SDK checks request properties' limits; other limits the server checks)", Direction.Request);
    public static readonly BreakingRule ConstraintLoosened = new("constraint loosened", false, false,
        "behaviour change: fewer requests rejected before the network", Direction.Request);
    public static readonly BreakingRule ConstraintChanged = new("constraint changed", false, false,
        "behaviour change: other requests rejected before the network (a new pattern)", Direction.Request);
    public static readonly BreakingRule ServerMoved = new("server moved", false, false,
        "behaviour change: requests go to a new host (or base path) once regenerated; code is unchanged", Direction.Both);
    public static readonly BreakingRule ServerAdded = new("server added", false, false, "another base URL; the SDK offers it as an environment once the overlay names it");
    public static readonly BreakingRule ServerRemoved = new("server removed", true, true, "callers choosing that environment lose it");
    public static readonly BreakingRule AuthSchemeChanged = new("auth scheme changed", true, true,
        "breaking on the wire: the credential travels in another header or form (a renamed header, another scheme)");
    public static readonly BreakingRule AuthSchemeAdded = new("auth scheme added", true, true,
        "breaking on the wire: the server expects a credential the SDK's options do not send yet");
    public static readonly BreakingRule AuthSchemeRemoved = new("auth scheme removed", true, true,
        "breaking on the wire: the SDK stops sending that credential, and its option goes");

    public static IReadOnlyList<BreakingRule> All { get; } =
    [
        OperationAdded, OperationRemoved, OperationMoved, OperationIdChanged, RetryClassChanged,
        ParameterAddedOptional, ParameterAddedRequired, ParameterRemoved, ParameterBecameRequired, ParameterNoLongerRequired,
        RequestBodyAddedOrRemoved, RequestBodyBecameRequired, RequestBodyNoLongerRequired, RequestBodyTypeChanged,
        ResponseAdded, SuccessResponseRemoved, ErrorResponseRemoved, ResponseTypeChanged,
        SchemaAdded, SchemaRemoved, PropertyAddedOptional, PropertyAddedRequired, PropertyRemoved, TypeChanged,
        BecameRequired, NoLongerRequired, EnumValueAdded, EnumValueRemoved, BecameNullable, NoLongerNullable,
        ConstraintTightened, ConstraintLoosened, ConstraintChanged,
        ServerMoved, ServerAdded, ServerRemoved, AuthSchemeChanged, AuthSchemeAdded, AuthSchemeRemoved,
    ];
}
