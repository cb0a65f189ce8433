using FluentValidation;
using Manabi.BuildingBlocks.Application;

namespace Manabi.BuildingBlocks.Csv;

/// <summary>The <c>encoding</c> parameter every CSV download takes: absent (UTF-8 with a byte-order mark), <c>utf-8</c> or <c>shift_jis</c>.</summary>
public static class CsvEncodingRule
{
    public static IRuleBuilderOptions<T, string?> IsCsvEncoding<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(CsvEncoding.ShiftJis.Length).Must(e => e is null || CsvEncoding.Names.Contains(e)).WithName("encoding")
            .Says("文字コード（encoding）には utf-8 か shift_jis を指定してください。", "encoding must be utf-8 or shift_jis.");
}
