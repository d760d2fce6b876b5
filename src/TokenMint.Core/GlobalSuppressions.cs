using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Scope = "type", Target = "~T:TokenMint.Serialization.IExtensibleEnum",
    Justification = "The contract of the string enums generated as structs (build/templates/Enum.liquid): the name says what implements it. "
        + "CA1711 keeps the suffix for System.Enum types, which these stand in for on purpose.")]
