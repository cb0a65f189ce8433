using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;
using Microsoft.Extensions.Options;

namespace Manabi.TalentRegistry.Features.People;

/// <summary>The registration form's rules; field codes are checked against Catalog's by <see cref="FieldCatalog"/>.</summary>
internal sealed class PersonProfileValidator : AbstractValidator<PersonProfileInput>
{
    public PersonProfileValidator(TimeProvider clock, IOptions<TalentOptions> options)
    {
        var latestBirthYear = clock.GetUtcNow().Year - options.Value.MinimumAge;
        RuleFor(p => p.Name).NotEmpty().MaximumLength(100).Named("お名前", "name");
        RuleFor(p => p.NameKana).NotEmpty().MaximumLength(100).Matches(@"^[\p{IsHiragana}\p{IsKatakana}ー・ 　]+$").Named("ふりがな", "nameKana");
        RuleFor(p => p.BirthYear).NotNull().InclusiveBetween(1900, latestBirthYear).Named("生まれ年", "birthYear")
            .Says($"人材バンクには{options.Value.MinimumAge}歳以上の方が登録できます。生まれ年を確かめてください。",
                $"The talent bank is for people aged {options.Value.MinimumAge} or over: check the birth year.");
        RuleFor(p => p.Contact).MaximumLength(254).Named("連絡先", "contact");
        RuleFor(p => p.Area).MaximumLength(50).Named("地区", "area");
        RuleFor(p => p.SchoolDistrict).MaximumLength(50).Named("中学校区", "schoolDistrict");
        RuleFor(p => p.Roles).NotEmpty().MaxItems(3).Named("活動の種類", "roles");
        RuleForEach(p => p.Roles).IsInEnum().NotEqual(TalentRole.CommunityLeader).Named("活動の種類", "roles")
            .Says("ひと・まちづくりリーダーは養成講座の修了認定で登録されます。", "CommunityLeader comes with a certification, not from the form.");
        RuleFor(p => p.Fields).NotEmpty().MaxItems(10).Named("分野", "fields");
        RuleForEach(p => p.Fields).NotEmpty().MaximumLength(80).Named("分野", "fields");
        RuleFor(p => p.Skills).MaximumLength(1000).Named("特技・経験", "skills");
        RuleFor(p => p.Qualifications).MaximumLength(1000).Named("資格", "qualifications");
        RuleFor(p => p.Availability).MaxItems(21).Named("活動できる曜日・時間帯", "availability");
        RuleForEach(p => p.Availability).NotNull().Named("活動できる曜日・時間帯", "availability").ChildRules(slot =>
        {
            slot.RuleFor(s => s.Weekday).NotNull().IsInEnum().Named("曜日", "weekday");
            slot.RuleFor(s => s.Band).NotNull().IsInEnum().Named("時間帯", "band");
        });
        RuleFor(p => p.Unavailable).MaxItems(50).Named("活動できない期間", "unavailable");
        RuleForEach(p => p.Unavailable).NotNull().Named("活動できない期間", "unavailable").ChildRules(range =>
        {
            range.RuleFor(r => r.From).NotNull().Named("開始日", "from");
            range.RuleFor(r => r.To).NotNull().GreaterThanOrEqualTo(r => r.From).Named("終了日", "to")
                .Says("終了日は開始日以降にしてください。", "to must not be before from.");
        });
        RuleFor(p => p.PublicProfile).MaximumLength(1000).Named("公開プロフィール", "publicProfile");
        RuleFor(p => p.ConsentVersion).NotEmpty().MaximumLength(50).Named("個人情報の取扱いへの同意", "consentVersion");
        RuleFor(p => p.Pledge).Equal(true).Named("誓約", "pledge")
            .Says("政治・宗教・営利を目的とした活動をしないことへの誓約が必要です。", "The pledge (no political, religious or commercial use) is required.");
    }
}
