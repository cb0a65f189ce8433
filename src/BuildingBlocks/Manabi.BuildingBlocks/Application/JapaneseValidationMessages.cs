using FluentValidation.Resources;

namespace Manabi.BuildingBlocks.Application;

/// <summary>
/// FluentValidation's messages as a Japanese clerk would write them on a form. Its own Japanese
/// reads as a machine translation (「'タイトル' は空であってはなりません。」); these say what to do
/// (「タイトルを入力してください。」). English stays FluentValidation's. A rule that compares two fields
/// (end after start) says so in its own words with <c>Says</c>, because a generic message can only
/// print the other field's value.
/// </summary>
public sealed class JapaneseValidationMessages : LanguageManager
{
    public JapaneseValidationMessages()
    {
        foreach (var (key, message) in Messages)
        {
            AddTranslation("ja", key, message);
        }
    }

    private static readonly (string Key, string Message)[] Messages =
    [
        ("NotEmptyValidator", "{PropertyName}を入力してください。"),
        ("NotNullValidator", "{PropertyName}を入力してください。"),
        ("EmptyValidator", "{PropertyName}は空にしてください。"),
        ("NullValidator", "{PropertyName}は指定しないでください。"),
        ("MaximumLengthValidator", "{PropertyName}は{MaxLength}文字以内にしてください（いまは{TotalLength}文字です）。"),
        ("MinimumLengthValidator", "{PropertyName}は{MinLength}文字以上にしてください（いまは{TotalLength}文字です）。"),
        ("LengthValidator", "{PropertyName}は{MinLength}～{MaxLength}文字にしてください（いまは{TotalLength}文字です）。"),
        ("ExactLengthValidator", "{PropertyName}は{MaxLength}文字にしてください（いまは{TotalLength}文字です）。"),
        ("MaximumLength_Simple", "{PropertyName}は{MaxLength}文字以内にしてください。"),
        ("MinimumLength_Simple", "{PropertyName}は{MinLength}文字以上にしてください。"),
        ("ExactLength_Simple", "{PropertyName}は{MaxLength}文字にしてください。"),
        ("GreaterThanValidator", "{PropertyName}は{ComparisonValue}より大きくしてください。"),
        ("GreaterThanOrEqualValidator", "{PropertyName}は{ComparisonValue}以上にしてください。"),
        ("LessThanValidator", "{PropertyName}は{ComparisonValue}より小さくしてください。"),
        ("LessThanOrEqualValidator", "{PropertyName}は{ComparisonValue}以下にしてください。"),
        ("InclusiveBetweenValidator", "{PropertyName}は{From}～{To}の範囲にしてください（いまは{PropertyValue}です）。"),
        ("InclusiveBetween_Simple", "{PropertyName}は{From}～{To}の範囲にしてください。"),
        ("ExclusiveBetweenValidator", "{PropertyName}は{From}より大きく{To}より小さくしてください（いまは{PropertyValue}です）。"),
        ("ExclusiveBetween_Simple", "{PropertyName}は{From}より大きく{To}より小さくしてください。"),
        ("EqualValidator", "{PropertyName}は{ComparisonValue}にしてください。"),
        ("NotEqualValidator", "{PropertyName}に{ComparisonValue}は使えません。"),
        ("EnumValidator", "{PropertyName}には決められた値のどれかを指定してください。"),
        ("StringEnumValidator", "{PropertyName}には決められた値のどれかを指定してください。"),
        ("RegularExpressionValidator", "{PropertyName}の形式が正しくありません。"),
        ("EmailValidator", "{PropertyName}はメールアドレスの形で入力してください。"),
        ("PredicateValidator", "{PropertyName}の内容を確かめてください。"),
        ("AsyncPredicateValidator", "{PropertyName}の内容を確かめてください。"),
        ("ScalePrecisionValidator", "{PropertyName}は全体で{ExpectedPrecision}桁、小数点以下{ExpectedScale}桁までにしてください。"),
    ];
}
