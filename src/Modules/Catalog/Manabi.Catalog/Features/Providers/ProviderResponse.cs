using Manabi.Catalog.Contracts;
using Manabi.Catalog.Domain;

namespace Manabi.Catalog.Features.Providers;

/// <summary>A learning provider as staff and its own partner system see it.</summary>
/// <param name="Id">Provider id.</param>
/// <param name="Kind">Kind of organization.</param>
/// <param name="Name">Name in Japanese.</param>
/// <param name="NameKana">Reading of the name in kana.</param>
/// <param name="NameEn">Name in English, if any.</param>
/// <param name="ContactEmail">Organization contact e-mail.</param>
/// <param name="ContactPhone">Organization contact phone.</param>
/// <param name="Status">Pending, approved or suspended.</param>
/// <param name="RegisteredAt">When it was registered.</param>
public sealed record ProviderResponse(
    Guid Id, ProviderKind Kind, string Name, string NameKana, string? NameEn,
    string? ContactEmail, string? ContactPhone, ProviderStatus Status, DateTimeOffset RegisteredAt)
{
    internal static ProviderResponse From(Provider p) =>
        new(p.Id, p.Kind, p.Name, p.NameKana, p.NameEn, p.ContactEmail, p.ContactPhone, p.Status, p.RegisteredAt);
}
