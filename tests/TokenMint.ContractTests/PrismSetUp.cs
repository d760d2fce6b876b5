using System.Threading.Tasks;
using NUnit.Framework;
using TokenMint.ContractTests.Prism;

namespace TokenMint.ContractTests;

/// <summary>
/// Installs Prism if needed and starts one mock per spec document and mode before any contract test, and stops
/// them all afterwards. A failure here fails every test: the contract tests never skip.
/// </summary>
[SetUpFixture]
public sealed class PrismSetUp
{
    /// <summary>npm ci when node_modules lacks Prism, then ten servers (five documents, static and dynamic).</summary>
    [OneTimeSetUp]
    public Task StartPrismMocksAsync() => PrismMocks.StartAllAsync();

    /// <summary>Kills every Prism process, whatever happened.</summary>
    [OneTimeTearDown]
    public void StopPrismMocks() => PrismMocks.StopAll();
}
