using System;
using TokenMint.Http;

namespace TokenMint.Decart;

/// <summary>Settings for <see cref="DecartClient"/>.</summary>
public sealed class DecartClientOptions : ClientOptions
{
    /// <summary>
    /// Your Decart API key, sent in the header of the spec's apiKey scheme. Read from DECART_API_KEY when not set. A client token cannot mint another.
    /// Trimmed of leading and trailing whitespace; any other control or non-ASCII character is an <see cref="InvalidCredentialException"/>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"DecartClientOptions {{ ApiKey = {Credential.Describe(ApiKey)}, BaseUri = {TokenMint.Http.BaseUri.Describe(BaseUri)} }}";

    internal override ClientSettings Resolve()
    {
        var apiKey = Credential.Resolve(ApiKey, "DecartClientOptions.ApiKey", "DECART_API_KEY");
        var baseUrl = TokenMint.Http.BaseUri.Normalize(BaseUri ?? new Uri(DecartSpec.Servers.Default), "DecartClientOptions.BaseUri");
        return new ClientSettings(baseUrl, new HeaderAuthenticator(baseUrl, DecartSpec.Auth.ApiKey(apiKey)));
    }
}
