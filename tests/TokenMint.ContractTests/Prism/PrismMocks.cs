using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;

namespace TokenMint.ContractTests.Prism;

/// <summary>The Prism servers of this run: one per spec document and mode, started once for all tests.</summary>
public static class PrismMocks
{
    private static readonly ConcurrentDictionary<(MockedSpec Spec, PrismMode Mode), PrismServer> Servers = new();

    /// <summary>Installs Prism if needed and starts every server; on any failure stops those started and throws.</summary>
    public static async Task StartAllAsync()
    {
        await PrismInstaller.EnsureInstalledAsync().ConfigureAwait(false);
        var starts = MockedSpec.All
            .SelectMany(spec => Enum.GetValues<PrismMode>().Select(mode => (spec, mode)))
            .Select(async key =>
            {
                var server = await PrismServer.StartAsync(key.spec, key.mode).ConfigureAwait(false);
                Servers[(key.spec, key.mode)] = server;
            })
            .ToArray();
        try
        {
            await Task.WhenAll(starts).ConfigureAwait(false);
        }
        catch
        {
            StopAll();
            var errors = starts.Where(start => start.IsFaulted).SelectMany(start => start.Exception!.InnerExceptions).Select(e => e.Message);
            throw new InvalidOperationException("Prism did not start, so the contract tests cannot run:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }
    }

    /// <summary>The running server for <paramref name="spec"/> in <paramref name="mode"/>.</summary>
    public static PrismServer Get(MockedSpec spec, PrismMode mode) =>
        Servers.TryGetValue((spec, mode), out var server)
            ? server
            : throw new InvalidOperationException($"No Prism server for {spec} ({mode}): the set-up fixture did not start it.");

    /// <summary>Stops every server, including any a failed start left behind.</summary>
    public static void StopAll()
    {
        foreach (var key in Servers.Keys)
        {
            if (Servers.TryRemove(key, out var server))
                server.Dispose();
        }
        PrismServer.StopAll();
    }
}
