using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Normalizations;

/// <summary>The generic normalizations, in the order they must run.</summary>
public static class Normalizer
{
    public static IReadOnlyList<INormalization> All { get; } =
    [
        new NullUnionCollapse(),
        new TypeArrayCollapse(),
        new PrimitiveUnionsToAny(),
        new OpenDictionaries(),
        new ExclusiveBoundsTo30(),
        new OpenApiVersionTo30(),
        new IntegerWidening(),
        new EnumMemberNames(),
        new RequestBodyParameterName(),
        new ParameterVariableNames(),
    ];

    public static void Apply(JObject document)
    {
        foreach (var normalization in All)
            normalization.Apply(document);
    }
}
