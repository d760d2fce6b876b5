using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json;

namespace TokenMint.Validation;

/// <summary>
/// Checks a request model against the limits the spec declares (required, minLength, maxItems…), which NSwag
/// emits as data annotations. The serializer settings run it just before a model is written, so bad input never reaches the network.
/// </summary>
internal static class RequestValidator
{
    private static readonly ConcurrentDictionary<Type, PropertyRule[]> Rules = new();

    /// <summary>True when <paramref name="type"/> declares any limit to check.</summary>
    public static bool HasRules(Type type) => Rules.GetOrAdd(type, Build).Length > 0;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first field that breaks a declared limit.</summary>
    public static void Validate(object model)
    {
        if (model is null)
            throw new ArgumentNullException(nameof(model));
        foreach (var rule in Rules.GetOrAdd(model.GetType(), Build))
            rule.Check(model);
    }

    private static PropertyRule[] Build(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(PropertyRule.For)
            .Where(rule => rule is not null)
            .Select(rule => rule!)
            .ToArray();

    private sealed class PropertyRule
    {
        private static readonly MethodInfo GetterOf = typeof(PropertyRule).GetMethod(nameof(Getter), BindingFlags.NonPublic | BindingFlags.Static)!;

        private readonly Func<object, object?> _get;
        private readonly ValidationAttribute[] _attributes;
        private readonly string _wireName;
        private readonly string _field;
        private readonly string _memberName;
        private readonly bool _required;

        private PropertyRule(PropertyInfo property, ValidationAttribute[] attributes, string wireName, bool required)
        {
            _get = (Func<object, object?>)GetterOf.MakeGenericMethod(property.DeclaringType!, property.PropertyType).Invoke(null, [property.GetMethod!])!;
            _attributes = attributes;
            _wireName = wireName;
            _field = $"{property.DeclaringType!.Name}.{property.Name}";
            _memberName = property.Name;
            _required = required;
        }

        // Only properties with something to check get a rule, so a call does no work for the rest.
        public static PropertyRule? For(PropertyInfo property)
        {
            if (property.GetMethod is null || property.GetIndexParameters().Length > 0)
                return null;
            var attributes = property.GetCustomAttributes<ValidationAttribute>(true).ToArray();
            var json = property.GetCustomAttribute<JsonPropertyAttribute>(true);
            var required = attributes.OfType<RequiredAttribute>().Any() || json?.Required is Required.Always or Required.AllowNull;
            if (attributes.Length == 0 && !required)
                return null;
            return new PropertyRule(property, attributes, json?.PropertyName ?? property.Name, required);
        }

        // The passing path allocates nothing beyond boxing a value-type property; the context and message are built only on failure.
        public void Check(object model)
        {
            var value = _get(model);
            if (_required && (value is null || value is Guid guid && guid == Guid.Empty))
                throw Invalid("is required");
            if (value is null)
                return;
            foreach (var attribute in _attributes)
            {
                if (attribute.IsValid(value))
                    continue;
                var context = new ValidationContext(model) { MemberName = _memberName, DisplayName = _wireName };
                throw Invalid(Describe(attribute, attribute.GetValidationResult(value, context)?.ErrorMessage));
            }
        }

        // A typed delegate over the getter: no reflection invoke per call.
        private static Func<object, object?> Getter<TModel, TValue>(MethodInfo getter)
        {
            var typed = (Func<TModel, TValue>)getter.CreateDelegate(typeof(Func<TModel, TValue>));
            return model => typed((TModel)model);
        }

        private static string Describe(ValidationAttribute attribute, string? fallback) => attribute switch
        {
            RequiredAttribute => "is required and must not be empty",
            MaxLengthAttribute max => $"allows at most {max.Length} items or characters",
            MinLengthAttribute min => $"needs at least {min.Length} items or characters",
            StringLengthAttribute length => $"must be {length.MinimumLength} to {length.MaximumLength} characters long",
            RangeAttribute range => $"must be between {range.Minimum} and {range.Maximum}",
            _ => fallback ?? "is not valid",
        };

        private ArgumentException Invalid(string problem) =>
            new($"{_field} ('{_wireName}') {problem}.", _wireName);
    }
}
