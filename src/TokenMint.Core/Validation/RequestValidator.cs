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
public static class RequestValidator
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
        private readonly PropertyInfo _property;
        private readonly ValidationAttribute[] _attributes;
        private readonly string _wireName;
        private readonly bool _required;

        private PropertyRule(PropertyInfo property, ValidationAttribute[] attributes, string wireName, bool required)
        {
            _property = property;
            _attributes = attributes;
            _wireName = wireName;
            _required = required;
        }

        public static PropertyRule? For(PropertyInfo property)
        {
            var attributes = property.GetCustomAttributes<ValidationAttribute>(true).ToArray();
            var json = property.GetCustomAttribute<JsonPropertyAttribute>(true);
            if (attributes.Length == 0 && json is null)
                return null;
            var required = attributes.OfType<RequiredAttribute>().Any() || json?.Required is Required.Always or Required.AllowNull;
            return new PropertyRule(property, attributes, json?.PropertyName ?? property.Name, required);
        }

        public void Check(object model)
        {
            var value = _property.GetValue(model);
            var field = $"{_property.DeclaringType!.Name}.{_property.Name}";
            if (_required && (value is null || value is Guid guid && guid == Guid.Empty))
                throw Invalid(field, "is required");
            if (value is null)
                return;
            var context = new ValidationContext(model) { MemberName = _property.Name, DisplayName = _wireName };
            foreach (var attribute in _attributes)
            {
                var result = attribute.GetValidationResult(value, context);
                if (result != ValidationResult.Success)
                    throw Invalid(field, Describe(attribute, result?.ErrorMessage));
            }
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

        private ArgumentException Invalid(string field, string problem) =>
            new($"{field} ('{_wireName}') {problem}.", _wireName);
    }
}
