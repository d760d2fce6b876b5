using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace TokenMint.Validation;

/// <summary>
/// The limits of the settings every <see cref="ClientOptions"/> shares (retries, delays, timeouts, response size), in one
/// place: the options-only constructor checks them (through ResilienceSettings) and DI checks them when the host starts.
/// Every broken setting is reported, not only the first.
/// </summary>
internal static class ClientOptionsRules
{
    // A response body is read into one array, so the limit cannot pass the largest array .NET allocates (Array.MaxLength).
    internal const long LargestResponseSize = 0x7FFFFFC7;

    /// <summary>What is wrong with <paramref name="options"/>; empty when every setting is within its limits.</summary>
    public static IReadOnlyList<OptionProblem> Check(ClientOptions options)
    {
        var problems = new List<OptionProblem>();
        if (options.MaxRetries < 0)
            problems.Add(new(nameof(ClientOptions.MaxRetries), "0 or more", Text(options.MaxRetries)));
        NonNegative(problems, nameof(ClientOptions.InitialRetryDelay), options.InitialRetryDelay);
        if (NonNegative(problems, nameof(ClientOptions.MaxRetryDelay), options.MaxRetryDelay)
            && options.InitialRetryDelay >= TimeSpan.Zero && options.MaxRetryDelay < options.InitialRetryDelay)
        {
            problems.Add(new(nameof(ClientOptions.MaxRetryDelay), $"at least {nameof(ClientOptions.InitialRetryDelay)} ({Text(options.InitialRetryDelay)})", Text(options.MaxRetryDelay)));
        }
        NonNegative(problems, nameof(ClientOptions.MaxRetryAfter), options.MaxRetryAfter);
        PositiveOrInfinite(problems, nameof(ClientOptions.AttemptTimeout), options.AttemptTimeout);
        PositiveOrInfinite(problems, nameof(ClientOptions.OverallTimeout), options.OverallTimeout);
        if (options.MaxResponseSize is <= 0 or > LargestResponseSize)
            problems.Add(new(nameof(ClientOptions.MaxResponseSize), $"between 1 and {Text(LargestResponseSize)} bytes", Text(options.MaxResponseSize)));
        return problems;
    }

    /// <summary>Throws when any setting is out of its limits, naming each as <c>DeckClientOptions.MaxRetries</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// One or more settings are out of range; ParamName names the first, the message every one.
    /// </exception>
    public static void ThrowIfInvalid(ClientOptions options)
    {
        var problems = Check(options);
        if (problems.Count == 0)
            return;
        var owner = options.GetType().Name;
        throw new ArgumentOutOfRangeException(owner + "." + problems[0].Option, string.Join(" ", problems.Select(p => p.Describe(owner, null))));
    }

    private static bool NonNegative(List<OptionProblem> problems, string name, TimeSpan value)
    {
        if (value >= TimeSpan.Zero)
            return true;
        problems.Add(new(name, "zero or more", Text(value)));
        return false;
    }

    private static void PositiveOrInfinite(List<OptionProblem> problems, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
            problems.Add(new(name, "greater than zero, or Timeout.InfiniteTimeSpan (-00:00:00.001) to turn it off", Text(value)));
    }

    // As configuration writes them: "-00:00:01", "-1", "0".
    private static string Text(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One setting out of its limits: which, what it must be, and what it was (never a secret: these are numbers and durations).</summary>
internal sealed class OptionProblem
{
    public OptionProblem(string option, string requirement, string actual)
    {
        Option = option;
        Requirement = requirement;
        Actual = actual;
    }

    /// <summary>The property name, such as MaxRetries.</summary>
    public string Option { get; }

    public string Requirement { get; }

    public string Actual { get; }

    /// <summary>
    /// "DeckClientOptions.MaxRetries must be 0 or more; got -1." — or, for options bound from configuration, naming the key
    /// first: "Deck:MaxRetries (DeckClientOptions.MaxRetries) must be …".
    /// </summary>
    /// <param name="owner">The options type's name.</param>
    /// <param name="configurationPath">The configuration section the options were bound from ("" for the root), or null.</param>
    public string Describe(string owner, string? configurationPath)
    {
        var property = owner + "." + Option;
        var subject = configurationPath is null ? property
            : $"{(configurationPath.Length == 0 ? Option : configurationPath + ":" + Option)} ({property})";
        return $"{subject} must be {Requirement}; got {Actual}.";
    }
}
