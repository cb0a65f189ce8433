using System.Security.Cryptography;
using Manabi.BuildingBlocks.Security;
using Microsoft.Extensions.Options;

namespace Manabi.UnitTests.BuildingBlocks;

public sealed class ApiKeySecretsTests
{
    private static ApiKeySecrets Secrets(byte[]? pepper = null) =>
        new(Options.Create(new ApiKeyOptions { Pepper = Convert.ToBase64String(pepper ?? RandomNumberGenerator.GetBytes(32)) }));

    [Fact]
    public void A_generated_key_parses_back_and_matches_only_its_own_hash()
    {
        var secrets = Secrets();
        var (keyId, plain, hash) = secrets.Generate();
        Assert.StartsWith($"mnb_{keyId}_", plain);
        Assert.True(ApiKeySecrets.TryParse(plain, out var parsedId, out var secret));
        Assert.Equal(keyId, parsedId);
        Assert.True(secrets.Matches(secret, hash));
        Assert.False(secrets.Matches(secret + "x", hash));
        Assert.False(secrets.Matches(secret, secrets.Generate().SecretHash));
    }

    [Fact]
    public void The_same_secret_hashes_differently_under_another_pepper()
    {
        var (_, plain, hash) = Secrets().Generate();
        Assert.True(ApiKeySecrets.TryParse(plain, out _, out var secret));
        Assert.False(Secrets().Matches(secret!, hash));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("mnb_")]
    [InlineData("mnb_short_abcdefghijklmnopqrstuvwxyz")]
    [InlineData("mnb_abcdefghijkm_tooshort")]
    [InlineData("xyz_abcdefghijkm_abcdefghijklmnopqrstuvwxyz0123456789")]
    public void Malformed_keys_do_not_parse(string? presented) =>
        Assert.False(ApiKeySecrets.TryParse(presented, out _, out _));

    [Fact]
    public void Key_ids_avoid_characters_that_are_misread()
    {
        var secrets = Secrets();
        for (var i = 0; i < 200; i++)
        {
            var keyId = secrets.Generate().KeyId;
            Assert.Equal(12, keyId.Length);
            Assert.DoesNotContain(keyId, c => c is '0' or 'o' or '1' or 'l');
        }
    }
}
