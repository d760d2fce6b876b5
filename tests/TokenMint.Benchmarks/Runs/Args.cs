using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TokenMint.Benchmarks.Clients;
using TokenMint.Benchmarks.Wire;

namespace TokenMint.Benchmarks.Runs;

/// <summary>The few <c>--name value</c> options of the non-BenchmarkDotNet modes.</summary>
internal sealed class Args
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public Args(IEnumerable<string> args)
    {
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                _values[name] = "true";
            }
            else if (name is not null)
            {
                _values[name] = arg;
                name = null;
            }
            else
            {
                Positional.Add(arg);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public string? String(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public Operation Operation(string fallback = nameof(Wire.Operation.DeckCreateLinkToken)) =>
        Enum.Parse<Operation>(String("op") ?? fallback, ignoreCase: true);

    public VariantKind[] Kinds(params VariantKind[] fallback) =>
        String("variants") is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseKind).ToArray()
            : fallback;

    /// <summary>Accepts the enum names and the short forms tokenmint, raw (Json.NET), stj, refit.</summary>
    public static VariantKind ParseKind(string text) => text.ToLowerInvariant() switch
    {
        "raw" or "newtonsoft" => VariantKind.RawNewtonsoft,
        "stj" => VariantKind.RawSystemTextJson,
        _ => Enum.Parse<VariantKind>(text, ignoreCase: true),
    };
}

internal static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
            return double.NaN;
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static string F(double value, int decimals = 1) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The 1-minute load average, to print beside numbers taken on a shared machine.</summary>
    public static string LoadAverage()
    {
        try
        {
            return System.IO.File.ReadAllText("/proc/loadavg").Trim();
        }
        catch (System.IO.IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }
}
