using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace TokenMint.Benchmarks.Runs;

/// <summary>
/// This process's CPU time (all threads, user + system) with nanosecond resolution on Linux (clock_gettime with
/// CLOCK_PROCESS_CPUTIME_ID); Process.TotalProcessorTime there counts 10 ms ticks, too coarse for a batch of calls.
/// CPU time per call is less sensitive than wall time to other processes competing for the cores.
/// </summary>
internal static class CpuClock
{
    private const int ClockProcessCpuTimeId = 2;

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockProcessCpuTimeId, out var spec) == 0)
            return TimeSpan.FromTicks(spec.Seconds * TimeSpan.TicksPerSecond + spec.Nanoseconds / 100);
        return Process.GetCurrentProcess().TotalProcessorTime;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clockId, out TimeSpec spec);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
