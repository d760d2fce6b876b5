using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace TokenMint.SpecPrep.Report;

/// <summary>The outcome of one child process: exit code and everything it printed.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>A build's distinct error lines (MSBuild repeats them in its summary), else the tail: why it failed, once.</summary>
    public string BuildErrors(int max = 10)
    {
        var errors = (Output + "\n" + Error).Split('\n').Select(l => l.Trim())
            .Where(l => l.Contains(": error ", System.StringComparison.Ordinal)).Distinct().Take(max).ToList();
        return errors.Count > 0 ? string.Join("\n", errors) : Tail();
    }

    /// <summary>The last lines of both streams, enough to say why a step failed without flooding the report.</summary>
    public string Tail(int lines = 15)
    {
        var all = (Output + "\n" + Error).Trim().Split('\n');
        return string.Join("\n", all[System.Math.Max(0, all.Length - lines)..]);
    }
}

/// <summary>Runs git and dotnet with arguments passed as a list, so no path is ever re-split by a shell.</summary>
public static class ProcessRunner
{
    /// <param name="environment">Variables to set for the child on top of the inherited ones.</param>
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // Keeps child builds from leaving MSBuild nodes behind that outlive the report.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new SpecException($"Cannot start {fileName}.");
        // Both streams are drained at once so neither fills its pipe and stalls the child.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Task.WaitAll(output, error);
        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }
}
