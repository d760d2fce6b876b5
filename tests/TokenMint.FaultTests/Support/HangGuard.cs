using System;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;

namespace TokenMint.FaultTests.Support;

/// <summary>
/// Turns a hang into a failure. Time in these tests is the client's fake clock, moved by the test, and gates the test
/// opens; a call or gate still pending after <see cref="Limit"/> of real time waits for something the test never gave
/// (or the SDK ignored). A generous guard against hanging, not a check of speed: nothing asserts how fast anything is.
/// </summary>
public static class HangGuard
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Waits for <paramref name="task"/>, or fails the test naming what it was <paramref name="waitingFor"/>.</summary>
    public static async Task<T> Await<T>(Task<T> task, string waitingFor)
    {
        await Await((Task)task, waitingFor);
        return await task;
    }

    public static async Task Await(Task task, string waitingFor)
    {
        using (var guard = new CancellationTokenSource())
        {
            if (await Task.WhenAny(task, Task.Delay(Limit, guard.Token)) != task)
                Assert.Fail($"Still waiting for {waitingFor} after {Limit.TotalSeconds} s of real time: the test is stuck.");
            guard.Cancel();
        }
        await task;
    }
}
