using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.Providers.RegisterProvider;

/// <summary>Register a learning provider (staff). It starts pending approval.</summary>
/// <param name="Kind">Kind of organization.</param>
/// <param name="Name">Name in Japanese, e.g. 千歳市教育委員会.</param>
/// <param name="NameKana">Reading in kana, e.g. ちとせしきょういくいいんかい.</param>
/// <param name="NameEn">Name in English (optional).</param>
/// <param name="ContactEmail">Organization contact e-mail (optional).</param>
/// <param name="ContactPhone">Organization contact phone (optional).</param>
public sealed record RegisterProviderRequest(ProviderKind? Kind, string? Name, string? NameKana, string? NameEn, string? ContactEmail, string? ContactPhone)
{
    internal RegisterProviderCommand ToCommand() => new(Kind, Name, NameKana, NameEn, ContactEmail, ContactPhone);
}
