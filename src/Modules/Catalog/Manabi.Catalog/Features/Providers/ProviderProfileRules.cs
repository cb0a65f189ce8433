using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Domain;

namespace Manabi.Catalog.Features.Providers;

/// <summary>The fields staff send to register or update a provider.</summary>
internal interface IProviderProfileFields
{
    ProviderKind? Kind { get; }
    string? Name { get; }
    string? NameKana { get; }
    string? NameEn { get; }
    string? ContactEmail { get; }
    string? ContactPhone { get; }
}

internal static class ProviderProfileRules
{
    // Katakana, hiragana, the long-vowel mark, middle dot, spaces and ASCII/full-width digits and letters
    // (providers' readings include names such as "ＮＰＯほうじん").
    private const string KanaPattern = @"^[\p{IsKatakana}\p{IsHiragana}ー・ 　0-9A-Za-z０-９Ａ-Ｚａ-ｚ\-－]+$";

    public static void Apply<T>(AbstractValidator<T> validator) where T : IProviderProfileFields
    {
        validator.RuleFor(c => c.Kind).NotNull().IsInEnum().Named("種別", "kind");
        validator.RuleFor(c => c.Name).NotEmpty().MaximumLength(200).Named("名称", "name");
        validator.RuleFor(c => c.NameKana).NotEmpty().MaximumLength(200).Matches(KanaPattern)
            .Named("名称（かな）", "nameKana");
        validator.RuleFor(c => c.NameEn).MaximumLength(200).Named("英語名称", "nameEn");
        validator.RuleFor(c => c.ContactEmail).EmailAddress().MaximumLength(254)
            .Named("連絡先メールアドレス", "contactEmail");
        validator.RuleFor(c => c.ContactPhone).MaximumLength(30).Matches(@"^[0-9+\-() ]{6,30}$").When(c => !string.IsNullOrEmpty(c.ContactPhone))
            .Named("連絡先電話番号", "contactPhone");
    }

    public static ProviderProfile ToProfile(this IProviderProfileFields fields) =>
        new(fields.Kind!.Value, fields.Name!, fields.NameKana!, fields.NameEn, fields.ContactEmail, fields.ContactPhone);
}
