using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace TokenMint.Benchmarks.Wire.JsonNet;

// Hand-written Json.NET DTOs for the raw Json.NET variant (the same JSON as StjDtos.cs): what a caller without an SDK writes.
// Optional fields that are null are left out, as TokenMint does.

public sealed class DeckLinkTokenRequest
{
    [JsonProperty("language", NullValueHandling = NullValueHandling.Ignore)]
    public string? Language { get; set; }
}

public sealed class DeckLinkTokenResponse
{
    [JsonProperty("link_token")]
    public string? LinkToken { get; set; }
}

public sealed class DeckCredentials
{
    [JsonProperty("username", NullValueHandling = NullValueHandling.Ignore)]
    public string? Username { get; set; }

    [JsonProperty("password", NullValueHandling = NullValueHandling.Ignore)]
    public string? Password { get; set; }
}

public sealed class DeckConnectionRequest
{
    [JsonProperty("source_id")]
    public Guid SourceId { get; set; }

    [JsonProperty("auth_method")]
    public string AuthMethod { get; set; } = "";

    [JsonProperty("auth_credentials", NullValueHandling = NullValueHandling.Ignore)]
    public DeckCredentials? AuthCredentials { get; set; }

    [JsonProperty("deck_id", NullValueHandling = NullValueHandling.Ignore)]
    public Guid? DeckId { get; set; }
}

public sealed class DeckConnectionResponse
{
    [JsonProperty("connection_id")]
    public Guid ConnectionId { get; set; }

    [JsonProperty("status")]
    public string? Status { get; set; }

    [JsonProperty("source_id")]
    public Guid SourceId { get; set; }

    [JsonProperty("auth_method")]
    public string? AuthMethod { get; set; }

    [JsonProperty("access_token")]
    public string? AccessToken { get; set; }

    [JsonProperty("created_at")]
    public long CreatedAt { get; set; }

    [JsonProperty("updated_at")]
    public long UpdatedAt { get; set; }
}

public sealed class OneloopLinkTokenRequest
{
    [JsonProperty("customerId")]
    public string CustomerId { get; set; } = "";

    [JsonProperty("workspaceId")]
    public string WorkspaceId { get; set; } = "";

    [JsonProperty("externalBillingId", NullValueHandling = NullValueHandling.Ignore)]
    public string? ExternalBillingId { get; set; }
}

public sealed class OneloopLinkTokenResponse
{
    [JsonProperty("token")]
    public string? Token { get; set; }

    [JsonProperty("expiresAt")]
    public long ExpiresAt { get; set; }
}

public sealed class TrackstarLinkTokenRequest
{
    [JsonProperty("connection_id", NullValueHandling = NullValueHandling.Ignore)]
    public string? ConnectionId { get; set; }
}

public sealed class TrackstarLinkTokenResponse
{
    [JsonProperty("link_token")]
    public string? LinkToken { get; set; }
}

public sealed class DecartClientTokenRequest
{
    [JsonProperty("expiresIn", NullValueHandling = NullValueHandling.Ignore)]
    public long? ExpiresIn { get; set; }

    [JsonProperty("allowedModels", NullValueHandling = NullValueHandling.Ignore)]
    public List<string>? AllowedModels { get; set; }

    [JsonProperty("allowedOrigins", NullValueHandling = NullValueHandling.Ignore)]
    public List<string>? AllowedOrigins { get; set; }
}

public sealed class DecartClientTokenResponse
{
    [JsonProperty("apiKey")]
    public string? ApiKey { get; set; }

    [JsonProperty("expiresAt")]
    public string? ExpiresAt { get; set; }

    [JsonProperty("permissions")]
    public Dictionary<string, object>? Permissions { get; set; }

    [JsonProperty("constraints")]
    public Dictionary<string, object>? Constraints { get; set; }
}
