using System;
using TokenMint.Http;

namespace TokenMint.Trackstar;

/// <summary>Settings for <see cref="TrackstarClient"/>.</summary>
public sealed class TrackstarClientOptions : ClientOptions
{
    /// <summary>
    /// Your organization-level Trackstar API key, sent in the header of the spec's apiKey scheme. Read from TRACKSTAR_API_KEY when not set.
    /// Trimmed of leading and trailing whitespace; any other control or non-ASCII character is an <see cref="InvalidCredentialException"/>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"TrackstarClientOptions {{ ApiKey = {Credential.Describe(ApiKey)}, BaseUri = {TokenMint.Http.BaseUri.Describe(BaseUri)} }}";

    internal override ClientSettings Resolve()
    {
        var apiKey = Credential.Resolve(ApiKey, "TrackstarClientOptions.ApiKey", "TRACKSTAR_API_KEY");
        var baseUrl = TokenMint.Http.BaseUri.Normalize(BaseUri ?? new Uri(TrackstarSpec.Servers.Default), "TrackstarClientOptions.BaseUri");
        return new ClientSettings(baseUrl, new HeaderAuthenticator(baseUrl, TrackstarSpec.Auth.ApiKey(apiKey)));
    }
}
