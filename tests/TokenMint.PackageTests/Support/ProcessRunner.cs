using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace TokenMint.PackageTests.Support;

/// <summary>What a finished child process did: its exit code and everything it wrote, stdout and stderr interleaved.</summary>
internal sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The whole run, for a failure message.</summary>
    public string Describe() =>
        $"`{CommandLine}` in {WorkingDirectory} exited with {ExitCode} after {Elapsed.TotalSeconds:0.0} s. Full output:{Environment.NewLine}{Output}";
}

/// <summary>Runs a command line tool (dotnet, git) and captures its output.</summary>
internal static class ProcessRunner
{
    /// <summary>
    /// Runs <paramref name="fileName"/> and waits for it to exit. The child gets the test host's environment without
    /// the MSBuild and VSTest variables that `dotnet test` sets for itself, plus <paramref name="environment"/>
    /// (a null value removes a variable).
    /// </summary>
    /// <exception cref="TimeoutException">The process ran longer than <paramref name="timeout"/>; it is killed, and the message carries its output so far.</exception>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        foreach (var key in new List<string>(start.Environment.Keys))
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                start.Environment.Remove(key);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // No MSBuild node outlives the command, so nothing holds the output pipes open after it exits.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                if (value is null)
                    start.Environment.Remove(key);
                else
                    start.Environment[key] = value;
            }
        }

        var commandLine = fileName + " " + string.Join(" ", start.ArgumentList);
        var output = new StringBuilder();
        var stdoutClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stderrClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data, stdoutClosed);
        process.ErrorDataReceived += (_, e) => Append(e.Data, stderrClosed);

        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // WaitForExit(int) does not wait for the pipes to close: a build server the command started may keep them open.
        var exited = await Task.Run(() => process.WaitForExit((int)timeout.TotalMilliseconds));
        if (!exited)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited just now.
            }
            process.WaitForExit(10_000);
            throw new TimeoutException(
                $"`{commandLine}` in {workingDirectory} did not finish within {timeout.TotalSeconds:0} s and was killed. Output so far:{Environment.NewLine}{Snapshot()}");
        }
        // The last lines arrive shortly after the exit; a grandchild holding the pipes must not stall the test.
        await Task.WhenAny(Task.WhenAll(stdoutClosed.Task, stderrClosed.Task), Task.Delay(TimeSpan.FromSeconds(10)));
        stopwatch.Stop();
        return new ProcessResult(commandLine, workingDirectory, process.ExitCode, Snapshot(), stopwatch.Elapsed);

        void Append(string? line, TaskCompletionSource closed)
        {
            if (line is null)
            {
                closed.TrySetResult();
                return;
            }
            lock (output)
                output.AppendLine(line);
        }

        string Snapshot()
        {
            lock (output)
                return output.ToString();
        }
    }
}
