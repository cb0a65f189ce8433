using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Domain;

namespace Manabi.Passbook.Features.Learners;

/// <summary>A typed passbook number, checked as every use case that takes one checks it.</summary>
internal static class PassbookNumberRule
{
    public static IRuleBuilderOptions<T, string?> ValidPassbookNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(PassbookNumber.MaxTypedLength).Must(n => PassbookNumber.TryParse(n, out _)).Named("学習手帳番号", "passbookNumber")
            .Says("学習手帳番号が正しくありません（数字の誤りや入れ替わりを確認してください）。",
                "This is not a valid passbook number: check for a mistyped or swapped digit.");
}
