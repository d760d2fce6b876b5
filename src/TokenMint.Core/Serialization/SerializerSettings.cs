using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using TokenMint.Validation;

namespace TokenMint.Serialization;

/// <summary>The Json.NET settings every generated client uses (nswag.json's jsonSerializerSettingsTransformationMethod).</summary>
internal static class SerializerSettings
{
    // One resolver for all clients: Json.NET caches contracts per resolver instance.
    private static readonly ValidatingContractResolver Resolver = new();

    /// <summary>Applies TokenMint's settings to the settings NSwag creates.</summary>
    public static JsonSerializerSettings Configure(JsonSerializerSettings settings)
    {
        if (settings is null)
            throw new ArgumentNullException(nameof(settings));
        settings.ContractResolver = Resolver;
        // Responses may carry fields added after generation; they are ignored, never an error.
        settings.MissingMemberHandling = MissingMemberHandling.Ignore;
        // Keep RFC 3339 strings as strings unless a model asks for a date.
        settings.DateParseHandling = DateParseHandling.None;
        return settings;
    }

    /// <summary>
    /// Validates a model against its spec limits just before Json.NET writes it, so bad input fails before the network.
    /// A delegate callback, unlike an [OnSerializing] method, is not invoked by reflection, so the ArgumentException arrives unwrapped.
    /// </summary>
    private sealed class ValidatingContractResolver : DefaultContractResolver
    {
        protected override JsonObjectContract CreateObjectContract(Type objectType)
        {
            var contract = base.CreateObjectContract(objectType);
            if (RequestValidator.HasRules(objectType))
                contract.OnSerializingCallbacks.Add((model, _) => RequestValidator.Validate(model));
            return contract;
        }
    }
}
