using System;

namespace TokenMint.SpecPrep.Diff;

/// <summary>Where a schema travels: callers build requests from it, read responses into it, or both.</summary>
[Flags]
public enum Direction
{
    /// <summary>Referenced by no operation; it still becomes a public C# type, so it is judged as both.</summary>
    None = 0,
    Request = 1,
    Response = 2,
    Both = Request | Response,
}

internal static class DirectionText
{
    public static string Describe(this Direction direction) => direction switch
    {
        Direction.Request => "request",
        Direction.Response => "response",
        Direction.Both => "request and response",
        _ => "unused",
    };
}
