using System.Linq;
using Newtonsoft.Json.Linq;

namespace TokenMint.SpecPrep.Normalizations;

/// <summary>String enums get PascalCase member names (<c>x-enumNames</c>): <c>EN</c> → <c>En</c>, <c>INVALID_REQUEST</c> → <c>InvalidRequest</c>.</summary>
public sealed class EnumMemberNames : INormalization
{
    public string Description => "PascalCase x-enumNames for string enums";

    public void Apply(JObject document) => SchemaWalker.VisitObjects(document, schema =>
    {
        if (schema["enum"] is not JArray values || schema["x-enumNames"] is not null)
            return;
        if (values.Any(v => v.Type != JTokenType.String))
            return;
        schema["x-enumNames"] = new JArray(values.Select(v => Naming.PascalCase((string)v!)));
    });
}
