using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace TokenMint.Benchmarks.Wire.Stj;

// Hand-written DTOs for the raw System.Text.Json and Refit variants: what a caller without an SDK writes. Optional fields
// that are null are left out, as TokenMint does. The raw Json.NET variant has its own copies (JsonNetDtos.cs), so that
// no variant loads the other serializer.

public sealed class DeckLinkTokenRequest
{
    [JsonPropertyName("language"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Language { get; set; }
}

public sealed class DeckLinkTokenResponse
{
    [JsonPropertyName("link_token")]
    public string? LinkToken { get; set; }
}

public sealed class DeckCredentials
{
    [JsonPropertyName("username"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Username { get; set; }

    [JsonPropertyName("password"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Password { get; set; }
}

public sealed class DeckConnectionRequest
{
    [JsonPropertyName("source_id")]
    public Guid SourceId { get; set; }

    [JsonPropertyName("auth_method")]
    public string AuthMethod { get; set; } = "";

    [JsonPropertyName("auth_credentials"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DeckCredentials? AuthCredentials { get; set; }

    [JsonPropertyName("deck_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Guid? DeckId { get; set; }
}

public sealed class DeckConnectionResponse
{
    [JsonPropertyName("connection_id")]
    public Guid ConnectionId { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("source_id")]
    public Guid SourceId { get; set; }

    [JsonPropertyName("auth_method")]
    public string? AuthMethod { get; set; }

    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("created_at")]
    public long CreatedAt { get; set; }

    [JsonPropertyName("updated_at")]
    public long UpdatedAt { get; set; }
}

public sealed class OneloopLinkTokenRequest
{
    [JsonPropertyName("customerId")]
    public string CustomerId { get; set; } = "";

    [JsonPropertyName("workspaceId")]
    public string WorkspaceId { get; set; } = "";

    [JsonPropertyName("externalBillingId"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ExternalBillingId { get; set; }
}

public sealed class OneloopLinkTokenResponse
{
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    [JsonPropertyName("expiresAt")]
    public long ExpiresAt { get; set; }
}

public sealed class TrackstarLinkTokenRequest
{
    [JsonPropertyName("connection_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ConnectionId { get; set; }
}

public sealed class TrackstarLinkTokenResponse
{
    [JsonPropertyName("link_token")]
    public string? LinkToken { get; set; }
}

public sealed class DecartClientTokenRequest
{
    [JsonPropertyName("expiresIn"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? ExpiresIn { get; set; }

    [JsonPropertyName("allowedModels"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? AllowedModels { get; set; }

    [JsonPropertyName("allowedOrigins"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? AllowedOrigins { get; set; }
}

public sealed class DecartClientTokenResponse
{
    [JsonPropertyName("apiKey")]
    public string? ApiKey { get; set; }

    [JsonPropertyName("expiresAt")]
    public string? ExpiresAt { get; set; }

    [JsonPropertyName("permissions")]
    public Dictionary<string, object>? Permissions { get; set; }

    [JsonPropertyName("constraints")]
    public Dictionary<string, object>? Constraints { get; set; }
}

/// <summary>Source-generated System.Text.Json metadata for the raw System.Text.Json variant.</summary>
[JsonSerializable(typeof(DeckLinkTokenRequest))]
[JsonSerializable(typeof(DeckLinkTokenResponse))]
[JsonSerializable(typeof(DeckConnectionRequest))]
[JsonSerializable(typeof(DeckConnectionResponse))]
[JsonSerializable(typeof(OneloopLinkTokenRequest))]
[JsonSerializable(typeof(OneloopLinkTokenResponse))]
[JsonSerializable(typeof(TrackstarLinkTokenRequest))]
[JsonSerializable(typeof(TrackstarLinkTokenResponse))]
[JsonSerializable(typeof(DecartClientTokenRequest))]
[JsonSerializable(typeof(DecartClientTokenResponse))]
public sealed partial class WireJsonContext : JsonSerializerContext
{
}
