using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Manabi.BuildingBlocks.Security;

/// <summary>Claim types Manabi issues or reads, and who a caller is for scoping purposes.</summary>
public static class ManabiClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string ProviderId = "provider_id";
    public const string ApiKeyId = "api_key_id";

    /// <summary>The person's login (<c>sub</c>), for endpoints only people reach; every token the identity provider issues has one.</summary>
    public static string LoginSubject(this ClaimsPrincipal user) =>
        user.FindFirst(Subject)?.Value ?? throw new InvalidOperationException("An authenticated person's token carries a sub claim.");

    public static Guid? PartnerProviderId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(ProviderId)?.Value, out var id) ? id : null;

    /// <summary>Who did something, for audit fields: <c>partner:{providerId}</c>, or <c>{role}:{subject}</c>.</summary>
    public static string Actor(this ClaimsPrincipal user) =>
        user.PartnerProviderId() is { } provider ? $"partner:{provider}"
            : $"{(user.IsInRole(Roles.Staff) ? Roles.Staff : user.FindFirst(Role)?.Value ?? "unknown")}:{user.FindFirst(Subject)?.Value}";

    /// <summary>
    /// The identity that owns per-caller state such as idempotency keys and rate-limit buckets:
    /// the partner (not the key, so rotation keeps it), the person, or else the client address.
    /// </summary>
    public static string CallerScope(this HttpContext context)
    {
        var user = context.User;
        if (user.PartnerProviderId() is { } providerId)
        {
            return $"partner:{providerId}";
        }
        if (user.Identity?.IsAuthenticated == true && user.FindFirst(Subject)?.Value is { Length: > 0 } subject)
        {
            return $"user:{subject}";
        }
        return $"ip:{context.Connection.RemoteIpAddress}";
    }
}
