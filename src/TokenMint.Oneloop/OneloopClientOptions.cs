using System;
using TokenMint.Http;

namespace TokenMint.Oneloop;

/// <summary>Settings for <see cref="OneloopClient"/>.</summary>
public sealed class OneloopClientOptions : ClientOptions
{
    /// <summary>Your Oneloop API key, sent as the spec's bearerAuth scheme says (a bearer token). Read from ONELOOP_API_KEY when not set.</summary>
    public string? ApiKey { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"OneloopClientOptions {{ ApiKey = {Credential.Describe(ApiKey)}, BaseUri = {BaseUri} }}";

    internal ClientSettings Resolve()
    {
        var apiKey = Credential.Resolve(ApiKey, "OneloopClientOptions.ApiKey", "ONELOOP_API_KEY");
        var baseUrl = TokenMint.Http.BaseUri.Normalize(BaseUri ?? new Uri(OneloopSpec.Servers.Default), "OneloopClientOptions.BaseUri");
        return new ClientSettings(baseUrl, new HeaderAuthenticator(baseUrl, OneloopSpec.Auth.BearerAuth(apiKey)));
    }
}
