using System;
using System.Linq.Expressions;
using Newtonsoft.Json;

namespace TokenMint.Serialization;

/// <summary>Reads and writes an extensible enum as its wire string; an unknown value is kept, never an error.</summary>
/// <typeparam name="T">The generated enum struct, which has a constructor taking the wire string.</typeparam>
internal sealed class ExtensibleEnumConverter<T> : JsonConverter
    where T : struct, IExtensibleEnum
{
    // Compiled once per type: no reflection on the hot path.
    private static readonly Func<string, T> Create = BuildFactory();

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == typeof(T) || objectType == typeof(T?);

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
            return objectType == typeof(T) ? throw new JsonSerializationException($"Null is not a valid {typeof(T).Name}.") : null;
        if (reader.TokenType != JsonToken.String)
            throw new JsonSerializationException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}.");
        return Create((string)reader.Value!);
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is null)
            writer.WriteNull();
        else
            writer.WriteValue(((IExtensibleEnum)value).Value);
    }

    private static Func<string, T> BuildFactory()
    {
        var constructor = typeof(T).GetConstructor([typeof(string)])
            ?? throw new InvalidOperationException($"{typeof(T)} needs a constructor taking the wire string.");
        var value = Expression.Parameter(typeof(string), "value");
        return Expression.Lambda<Func<string, T>>(Expression.New(constructor, value), value).Compile();
    }
}
