using System;

namespace TokenMint;

/// <summary>A call ran out of time; <see cref="Limit"/> says whether one attempt or the whole call did.</summary>
public sealed class RequestTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    internal RequestTimeoutException(TimeoutLimit limit, TimeSpan timeout, int attempts, Exception? innerException = null)
        : base(Describe(limit, timeout, attempts), innerException)
    {
        Limit = limit;
        Timeout = timeout;
        Attempts = attempts;
    }

    /// <summary>The limit that fired.</summary>
    public TimeoutLimit Limit { get; }

    /// <summary>That limit's value.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>How many attempts were made, the one that timed out included.</summary>
    public int Attempts { get; }

    private static string Describe(TimeoutLimit limit, TimeSpan timeout, int attempts) => limit switch
    {
        TimeoutLimit.Attempt =>
            $"The request timed out: attempt {attempts} took longer than the per-attempt timeout of {Durations.Format(timeout)} (ClientOptions.AttemptTimeout).",
        _ =>
            $"The request timed out: the call took longer than its overall timeout of {Durations.Format(timeout)} (ClientOptions.OverallTimeout), after {attempts} attempt{(attempts == 1 ? string.Empty : "s")}.",
    };
}
