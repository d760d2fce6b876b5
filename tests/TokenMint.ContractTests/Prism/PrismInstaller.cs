using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace TokenMint.ContractTests.Prism;

/// <summary>Installs the pinned Prism (package-lock.json) with npm ci when node_modules does not have it yet.</summary>
public static class PrismInstaller
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    private static bool IsWindows => RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    /// <summary>node_modules/.bin/prism (prism.cmd on Windows) in the contract tests' folder.</summary>
    public static string PrismExecutable { get; } =
        Path.Combine(SourceFolder.ContractTests, "node_modules", ".bin", IsWindows ? "prism.cmd" : "prism");

    /// <summary>Runs <c>npm ci --no-audit --no-fund</c> unless Prism is installed; throws if that fails.</summary>
    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists(PrismExecutable))
            return;

        var start = new ProcessStartInfo(IsWindows ? "npm.cmd" : "npm")
        {
            WorkingDirectory = SourceFolder.ContractTests,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            start.ArgumentList.Add(argument);
        start.Environment["SCARF_ANALYTICS"] = "false"; // a dependency's install-time analytics

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"Could not run npm to install Prism in {SourceFolder.ContractTests}: {e.Message}. Node.js and npm must be on PATH.", e);
        }
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(InstallTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"npm ci did not finish within {InstallTimeout.TotalMinutes} minutes.\n{Text(output)}");
        }

        if (process.ExitCode != 0)
            throw new InvalidOperationException($"npm ci failed with exit code {process.ExitCode}.\n{Text(output)}");
        if (!File.Exists(PrismExecutable))
            throw new InvalidOperationException($"npm ci succeeded but {PrismExecutable} is missing.\n{Text(output)}");
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
            return output.ToString();
    }
}
