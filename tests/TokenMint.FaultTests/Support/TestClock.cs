using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using Microsoft.Extensions.Time.Testing;

namespace TokenMint.FaultTests.Support;

/// <summary>
/// The client's clock in a test (<see cref="ClientOptions.TimeProvider"/>): a <see cref="FakeTimeProvider"/> that moves
/// only when the test moves it, and that records how long each timer the SDK arms is set for — an attempt's deadline,
/// a wait before a retry — so a test asserts the timers themselves rather than how long the call took.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private readonly FakeTimeProvider _fake = new(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentQueue<TimeSpan> _armed = new();
    private long _lastArmedTicks;

    /// <summary>The due time of every timer armed on this clock, in the order they were armed (an infinite one is not a timer).</summary>
    public TimeSpan[] Timers => _armed.ToArray();

    /// <summary>The due time of the timer armed last: right after the SDK schedules a retry, the wait before it.</summary>
    public TimeSpan LastArmed => TimeSpan.FromTicks(Interlocked.Read(ref _lastArmedTicks));

    /// <summary>How far the clock has moved since the test began.</summary>
    public TimeSpan Elapsed => _fake.GetUtcNow() - _fake.Start;

    /// <summary>Moves the clock on, firing every timer that falls due, on the calling thread.</summary>
    public void Advance(TimeSpan delta) => _fake.Advance(delta);

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Record(dueTime);
        return new RecordedTimer(this, _fake.CreateTimer(callback, state, dueTime, period));
    }

    public override string ToString() => $"{nameof(TestClock)} at +{Elapsed}, timers armed: {string.Join(", ", Timers.Select(t => t.TotalMilliseconds + " ms"))}";

    private void Record(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
            return;
        _armed.Enqueue(dueTime);
        Interlocked.Exchange(ref _lastArmedTicks, dueTime.Ticks);
    }

    // A timer may also be armed after it is created (Change), as some TimeProvider helpers do.
    private sealed class RecordedTimer(TestClock clock, ITimer timer) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Record(dueTime);
            return timer.Change(dueTime, period);
        }

        public void Dispose() => timer.Dispose();

        public System.Threading.Tasks.ValueTask DisposeAsync() => timer.DisposeAsync();
    }
}
