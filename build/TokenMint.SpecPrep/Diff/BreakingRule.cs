namespace TokenMint.SpecPrep.Diff;

/// <summary>One kind of change to the effective spec, and whether it breaks callers when it happens in a request or in a response.</summary>
public sealed record BreakingRule(string Change, bool BreaksRequest, bool BreaksResponse, string Why)
{
    /// <summary>A schema used both ways breaks if either way breaks; an unused one is judged both ways, since its C# type is public.</summary>
    public bool IsBreaking(Direction direction) => direction switch
    {
        Direction.Request => BreaksRequest,
        Direction.Response => BreaksResponse,
        _ => BreaksRequest || BreaksResponse,
    };
}
