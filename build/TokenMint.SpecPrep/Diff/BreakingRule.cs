namespace TokenMint.SpecPrep.Diff;

/// <summary>One kind of change to the effective spec, and whether it breaks callers when it happens in a request or in a response.</summary>
/// <param name="ChangesBehaviourIn">
/// Where a change that breaks nothing still changes what the SDK does at run time (requests go to a new host; more or fewer
/// requests are rejected before the network): reported as a behaviour change, for the reviewer and the CHANGELOG.
/// </param>
public sealed record BreakingRule(string Change, bool BreaksRequest, bool BreaksResponse, string Why, Direction ChangesBehaviourIn = Direction.None)
{
    /// <summary>A schema used both ways breaks if either way breaks; an unused one is judged both ways, since its C# type is public.</summary>
    public bool IsBreaking(Direction direction) => direction switch
    {
        Direction.Request => BreaksRequest,
        Direction.Response => BreaksResponse,
        _ => BreaksRequest || BreaksResponse,
    };

    public bool ChangesBehaviour(Direction direction) => (ChangesBehaviourIn & (direction == Direction.None ? Direction.Both : direction)) != 0;
}
