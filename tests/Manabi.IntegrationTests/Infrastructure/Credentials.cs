using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Manabi.IntegrationTests.Infrastructure;

/// <summary>What a verifier does with a Manabi credential, with a standard JWT library and nothing of Manabi's.</summary>
internal static class Credentials
{
    public static async Task<JsonWebKeySet> KeysAsync(HttpClient anonymous) => new(await anonymous.GetStringAsync("/.well-known/jwks.json"));

    /// <summary>Checks the signature against the JWKS and the issuer; returns the verified token.</summary>
    public static async Task<JsonWebToken> VerifyAsync(HttpClient anonymous, string token)
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = (await KeysAsync(anonymous)).GetSigningKeys(), ValidateAudience = false,
            ValidIssuer = $"{anonymous.BaseAddress!.ToString().TrimEnd('/')}/api/v1/credentials/issuer",
            RequireExpirationTime = false, ValidateLifetime = true,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return (JsonWebToken)result.SecurityToken;
    }

    public static JsonNode Payload(string token) => JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.Split('.')[1])))!;

    /// <summary>Reads a credential's bit in its W3C Bitstring Status List, checking the list's signature first.</summary>
    public static async Task<bool> RevokedInStatusListAsync(HttpClient anonymous, JsonNode status)
    {
        Assert.Equal("BitstringStatusListEntry", status["type"]!.GetValue<string>());
        Assert.Equal("revocation", status["statusPurpose"]!.GetValue<string>());
        var response = await anonymous.GetAsync(status["statusListCredential"]!.GetValue<string>());
        Assert.Equal("application/vc+jwt", response.Content.Headers.ContentType!.MediaType);
        var token = await response.Content.ReadAsStringAsync();
        var verified = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = (await KeysAsync(anonymous)).GetSigningKeys(), ValidateAudience = false, ValidateIssuer = false,
            RequireExpirationTime = false,
        });
        Assert.True(verified.IsValid, verified.Exception?.Message);
        var list = Payload(token);
        Assert.Equal("BitstringStatusListCredential", list["type"]![1]!.GetValue<string>());
        var encoded = list["credentialSubject"]!["encodedList"]!.GetValue<string>();
        Assert.StartsWith("u", encoded); // multibase base64url
        using var gzip = new GZipStream(new MemoryStream(Base64UrlEncoder.DecodeBytes(encoded[1..])), CompressionMode.Decompress);
        using var bits = new MemoryStream();
        await gzip.CopyToAsync(bits);
        Assert.True(bits.Length >= 16 * 1024); // the specification's minimum, for herd privacy
        var index = int.Parse(status["statusListIndex"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        return (bits.ToArray()[index / 8] & (0x80 >> (index % 8))) != 0;
    }
}
