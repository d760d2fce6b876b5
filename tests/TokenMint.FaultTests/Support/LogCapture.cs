using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace TokenMint.FaultTests.Support;

/// <summary>Collects everything the SDK logs, formatted as a sink would write it, exception text included.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public LogCapture()
    {
        Factory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(this));
    }

    /// <summary>Pass this as ClientOptions.LoggerFactory.</summary>
    public ILoggerFactory Factory { get; }

    /// <summary>Called for each entry as it is written, on the SDK's thread.</summary>
    public event Action<LogEntry>? Written;

    public LogEntry[] Entries => _entries.ToArray();

    /// <summary>All entries, one a line.</summary>
    public string Text => string.Join(Environment.NewLine, Entries.Select(e => e.ToString()));

    public LogEntry[] Named(string eventName) => Entries.Where(e => e.EventName == eventName).ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() => Factory.Dispose();

    private void Add(LogEntry entry)
    {
        _entries.Enqueue(entry);
        Written?.Invoke(entry);
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, object?>>;
            capture.Add(new LogEntry(category, logLevel, eventId.Name ?? string.Empty, formatter(state, exception), exception?.ToString(),
                values?.ToDictionary(v => v.Key, v => v.Value) ?? []));
        }
    }
}

/// <summary>One log entry, with its structured values.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string EventName, string Message, string? Exception,
    System.Collections.Generic.IReadOnlyDictionary<string, object?> Values)
{
    public override string ToString() => $"{Level} {Category}[{EventName}] {Message}{(Exception is null ? string.Empty : Environment.NewLine + Exception)}";
}
