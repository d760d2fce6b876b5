namespace TokenMint.SpecPrep.Diff;

/// <summary>
/// What a change belongs to: an operation ("POST /v1/client/tokens"), a component schema ("CreateClientTokenResponse"),
/// the servers (where requests go) or the security schemes (how they authenticate).
/// </summary>
public enum ChangeArea
{
    Operation,
    Schema,
    Server,
    Auth,
}

/// <summary>One difference between two effective specs, classified by <see cref="Rule"/> for the direction it travels in.</summary>
/// <param name="Owner">The operation or schema it belongs to.</param>
/// <param name="Location">Where exactly: the owner, or a property path such as <c>CreateClientTokenResponse.token</c>.</param>
/// <param name="Detail">The specifics: types, values, direction.</param>
/// <param name="Behaviour">Not breaking, but the SDK behaves differently at run time (see <see cref="BreakingRule.ChangesBehaviourIn"/>).</param>
public sealed record SpecChange(ChangeArea Area, string Owner, string Location, BreakingRule Rule, string Detail, bool Breaking, bool Behaviour = false)
{
    public static SpecChange Of(ChangeArea area, string owner, string location, BreakingRule rule, string detail, Direction direction) =>
        new(area, owner, location, rule, detail, rule.IsBreaking(direction), !rule.IsBreaking(direction) && rule.ChangesBehaviour(direction));

    public override string ToString() => $"{(Breaking ? "BREAKING " : Behaviour ? "BEHAVIOUR " : string.Empty)}{Rule.Change}: {Location} ({Detail})";
}
