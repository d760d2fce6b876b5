using System;
using System.Collections.Generic;
using System.Linq;

namespace TokenMint.SpecPrep.Commands;

/// <summary>A command's arguments: positionals, <c>--name value</c> options and <c>--flag</c>s.</summary>
public sealed class Arguments(IReadOnlyList<string> args, params string[] optionsWithValues)
{
    public IReadOnlyList<string> Positional { get; } =
        args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !optionsWithValues.Contains(args[i - 1]))).ToList();

    /// <summary>The value after <paramref name="name"/>, or null when it is absent or followed by another option.</summary>
    public string? Option(string name)
    {
        var index = args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < args.Count && !args[index + 1].StartsWith("--", StringComparison.Ordinal) ? args[index + 1] : null;
    }

    public bool Flag(string name) => args.Contains(name);
}
