using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.Push;

/// <summary>Rules every pushed opportunity must meet; references (fields, venues) are checked by the upsert.</summary>
internal sealed class OpportunityInputValidator : AbstractValidator<OpportunityInput>
{
    public const int ExternalIdMaxLength = 100;
    public const string ExternalIdPattern = "^[A-Za-z0-9._:~-]{1,100}$";
    private const string KanaPattern = @"^[\p{IsKatakana}\p{IsHiragana}ー・ 　0-9A-Za-z０-９Ａ-Ｚａ-ｚ\-－、。！？!?()（）]+$";

    public OpportunityInputValidator()
    {
        RuleFor(o => o.Kind).NotNull().IsInEnum().Named("種別", "kind");
        RuleFor(o => o.Title).NotEmpty().MaximumLength(200).Named("タイトル", "title");
        RuleFor(o => o.TitleKana).NotEmpty().MaximumLength(200).Matches(KanaPattern).Named("タイトル（かな）", "titleKana");
        RuleFor(o => o.Description).MaximumLength(5000).Named("説明", "description");
        RuleFor(o => o.Fields).NotEmpty().MaxItems(5).Named("分野", "fields")
            .Says("分野は 1〜5 件指定してください。", "Give 1 to 5 field codes.");
        RuleForEach(o => o.Fields).NotEmpty().MaximumLength(80).Named("分野", "fields");
        RuleFor(o => o.Audiences).MaxItems(Enum.GetValues<Audience>().Length).Named("対象", "audiences");
        RuleForEach(o => o.Audiences).IsInEnum().Named("対象", "audiences");
        RuleFor(o => o.Fee).GreaterThanOrEqualTo(0).LessThanOrEqualTo(1_000_000).Named("受講料", "fee");
        RuleFor(o => o.FeeNote).MaximumLength(200).Named("受講料の備考", "feeNote");
        RuleFor(o => o.Capacity).InclusiveBetween(1, 100_000).Named("定員", "capacity");
        RuleFor(o => o.HowToApply).MaximumLength(2000).Named("申込方法", "howToApply");
        RuleFor(o => o.Instructors).MaxItems(20).Named("講師", "instructors");
        RuleForEach(o => o.Instructors).NotNull().Named("講師", "instructors").ChildRules(instructor =>
        {
            instructor.RuleFor(i => i.Name).NotEmpty().MaximumLength(100).Named("講師名", "name");
            instructor.RuleFor(i => i.Kind).NotNull().IsInEnum().Named("講師の区分", "kind");
        });
        RuleFor(o => o.CreditsPerSession).InclusiveBetween(0m, 10m).Named("1回あたりの単位数", "creditsPerSession");
        RuleFor(o => o.CreditsPerSession).NotNull().GreaterThanOrEqualTo(0.5m).When(o => o.StampRallyEligible)
            .Named("1回あたりの単位数", "creditsPerSession");
        RuleFor(o => o.Status).NotNull().Must(s => s is OpportunityStatus.Draft or OpportunityStatus.Published or OpportunityStatus.Cancelled)
            .Named("状態", "status")
            .Says("状態は Draft・Published・Cancelled のいずれかです（取り下げは DELETE）。", "Status is Draft, Published or Cancelled (withdraw with DELETE).");
        RuleFor(o => o.Sessions).MaxItems(500).Named("開催回", "sessions")
            .Must(s => s is null || s.Where(x => x is not null).Select(x => x.ExternalId).Distinct().Count() == s.Count(x => x is not null))
            .Says("開催回の externalId が重複しています。", "Session externalIds must be unique.");
        RuleForEach(o => o.Sessions).NotNull().Named("開催回", "sessions").ChildRules(session =>
        {
            session.RuleFor(s => s.ExternalId).NotEmpty().MaximumLength(ExternalIdMaxLength).Matches(ExternalIdPattern).Named("開催回の ID", "externalId");
            session.RuleFor(s => s.StartsAt).NotNull().Named("開始日時", "startsAt");
            session.RuleFor(s => s.EndsAt).NotNull().Named("終了日時", "endsAt")
                .GreaterThan(s => s.StartsAt).Says("終了日時は開始日時より後にしてください。", "endsAt must be after startsAt.");
            session.RuleFor(s => s.OnlineUrl).MaximumLength(500)
                .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
                .When(s => s.OnlineUrl is not null).Named("オンライン URL", "onlineUrl");
            session.RuleFor(s => s.Capacity).InclusiveBetween(1, 100_000).Named("定員", "capacity");
            session.RuleFor(s => s.SeatsRemaining).InclusiveBetween(0, 100_000)
                .LessThanOrEqualTo(s => s.Capacity ?? int.MaxValue).Named("残席", "seatsRemaining")
                .Says("残席は定員以下にしてください。", "seatsRemaining cannot exceed capacity.");
            session.RuleFor(s => s.Status).Must(s => s is null or SessionStatus.Scheduled or SessionStatus.Cancelled)
                .Named("開催回の状態", "status");
        });
    }
}
