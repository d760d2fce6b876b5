using System;
using System.Diagnostics;
using System.IO;

namespace TokenMint.Samples.Tests.TokenBroker;

/// <summary>
/// Debian's Chromium and ChromeDriver, installed with apt-get when missing (as the contract tests install Prism with npm),
/// so the README's test command works on a fresh Debian machine; nothing downloads a browser from anywhere else.
/// </summary>
internal static class DebianChromium
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    private static readonly Lazy<string?> Problem = new(Install);

    /// <summary>Null when both are there (installing them first if needed); otherwise why they are not, and the fix.</summary>
    public static string? EnsureInstalled() => Problem.Value;

    private static bool Present => File.Exists(Browser) && File.Exists(Driver);

    private static string? Install()
    {
        if (Present)
            return null;
        const string Packages = "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver";
        // As root directly; otherwise through sudo only if it asks for no password (a test must not prompt).
        var command = Environment.UserName == "root" ? Packages : $"sudo -n sh -c '{Packages}'";
        string output;
        try
        {
            using var apt = Process.Start(new ProcessStartInfo("sh", $"-c \"{command}\"") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var stderr = apt.StandardError.ReadToEndAsync();
            apt.StandardOutput.ReadToEnd();
            apt.WaitForExit();
            output = stderr.Result;
        }
        catch (Exception error) when (error is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            output = error.Message;
        }
        return Present
            ? null
            : $"This test drives Debian's Chromium ({Browser} and {Driver}), which is not installed and could not be installed here "
              + $"({output.Trim()}). Install it with: apt-get update && apt-get install -y chromium chromium-driver";
    }
}
