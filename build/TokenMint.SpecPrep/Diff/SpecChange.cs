namespace TokenMint.SpecPrep.Diff;

/// <summary>What a change belongs to: an operation ("POST /v1/client/tokens") or a component schema ("CreateClientTokenResponse").</summary>
public enum ChangeArea
{
    Operation,
    Schema,
}

/// <summary>One difference between two effective specs, classified by <see cref="Rule"/> for the direction it travels in.</summary>
/// <param name="Owner">The operation or schema it belongs to.</param>
/// <param name="Location">Where exactly: the owner, or a property path such as <c>CreateClientTokenResponse.token</c>.</param>
/// <param name="Detail">The specifics: types, values, direction.</param>
public sealed record SpecChange(ChangeArea Area, string Owner, string Location, BreakingRule Rule, string Detail, bool Breaking)
{
    public static SpecChange Of(ChangeArea area, string owner, string location, BreakingRule rule, string detail, Direction direction) =>
        new(area, owner, location, rule, detail, rule.IsBreaking(direction));

    public override string ToString() => $"{(Breaking ? "BREAKING " : string.Empty)}{Rule.Change}: {Location} ({Detail})";
}
