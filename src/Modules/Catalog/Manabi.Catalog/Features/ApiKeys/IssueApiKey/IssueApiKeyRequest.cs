namespace Manabi.Catalog.Features.ApiKeys.IssueApiKey;

/// <summary>Issue a new API key for a provider's system (staff).</summary>
/// <param name="Name">A label to recognise the key by, e.g. "production server".</param>
/// <param name="ExpiresAt">When the key stops working (optional; must be in the future).</param>
public sealed record IssueApiKeyRequest(string? Name, DateTimeOffset? ExpiresAt)
{
    internal IssueApiKeyCommand ToCommand(Guid providerId) => new(providerId, Name, ExpiresAt);
}
