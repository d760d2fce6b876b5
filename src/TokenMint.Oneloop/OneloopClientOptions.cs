using System;
using TokenMint.Http;

namespace TokenMint.Oneloop;

/// <summary>Settings for <see cref="OneloopClient"/>.</summary>
public sealed class OneloopClientOptions : ClientOptions
{
    /// <summary>
    /// Your Oneloop API key, sent as the spec's bearerAuth scheme says (a bearer token). Read from ONELOOP_API_KEY when not set.
    /// Trimmed of leading and trailing whitespace; any other control or non-ASCII character is an <see cref="InvalidCredentialException"/>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"OneloopClientOptions {{ ApiKey = {Credential.Describe(ApiKey)}, BaseUri = {TokenMint.Http.BaseUri.Describe(BaseUri)} }}";

    internal override ClientSettings Resolve()
    {
        var apiKey = Credential.Resolve(ApiKey, "OneloopClientOptions.ApiKey", "ONELOOP_API_KEY");
        var baseUrl = TokenMint.Http.BaseUri.Normalize(BaseUri ?? new Uri(OneloopSpec.Servers.Default), "OneloopClientOptions.BaseUri");
        return new ClientSettings(baseUrl, new HeaderAuthenticator(baseUrl, OneloopSpec.Auth.BearerAuth(apiKey)));
    }
}
