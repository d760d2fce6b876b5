namespace TokenMint;

/// <summary>Which of a client's time limits a <see cref="RequestTimeoutException"/> reports.</summary>
public enum TimeoutLimit
{
    /// <summary><see cref="ClientOptions.AttemptTimeout"/>: one attempt took too long.</summary>
    Attempt,

    /// <summary><see cref="ClientOptions.OverallTimeout"/>: the call, retries and waits included, took too long.</summary>
    Overall,
}
