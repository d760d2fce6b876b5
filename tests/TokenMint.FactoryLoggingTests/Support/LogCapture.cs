using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace TokenMint.FactoryLoggingTests.Support;

/// <summary>
/// Keeps every text a logging sink could write: each entry's formatted message, its structured values and exception, and
/// each scope's text and values.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _texts = new();

    /// <summary>Everything logged, one text per message, value, exception or scope.</summary>
    public IReadOnlyList<string> Texts => _texts.ToArray();

    /// <summary>The formatted messages, one a line, as a console sink shows them.</summary>
    public string Messages => string.Join(Environment.NewLine, _texts.Where(t => t.StartsWith("message: ", StringComparison.Ordinal)));

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private void AddState(string kind, object? state)
    {
        _texts.Enqueue(kind + ": " + state);
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (var value in values)
                _texts.Enqueue($"{kind} value {value.Key}: {value.Value}");
        }
    }

    private sealed class Logger(LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            capture.AddState("scope", state);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            capture._texts.Enqueue("message: " + formatter(state, exception));
            capture.AddState("state", state);
            if (exception is not null)
                capture._texts.Enqueue("exception: " + exception);
        }
    }
}
