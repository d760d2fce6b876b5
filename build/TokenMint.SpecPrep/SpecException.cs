using System;

namespace TokenMint.SpecPrep;

/// <summary>A spec, overlay or import problem that must stop the build with a clear message.</summary>
public sealed class SpecException(string message) : Exception(message);
