using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.Providers.UpdateProvider;

/// <summary>Replace a provider's descriptive fields (staff). Requires <c>If-Match</c>.</summary>
/// <param name="Kind">Kind of organization.</param>
/// <param name="Name">Name in Japanese.</param>
/// <param name="NameKana">Reading in kana.</param>
/// <param name="NameEn">Name in English (optional).</param>
/// <param name="ContactEmail">Organization contact e-mail (optional).</param>
/// <param name="ContactPhone">Organization contact phone (optional).</param>
public sealed record UpdateProviderRequest(ProviderKind? Kind, string? Name, string? NameKana, string? NameEn, string? ContactEmail, string? ContactPhone)
{
    internal UpdateProviderCommand ToCommand(Guid id, uint? expectedVersion) => new(id, Kind, Name, NameKana, NameEn, ContactEmail, ContactPhone, expectedVersion);
}
