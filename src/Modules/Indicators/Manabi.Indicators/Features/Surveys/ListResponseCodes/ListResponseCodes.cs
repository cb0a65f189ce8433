using System.Text;
using FluentValidation;
using Manabi.BuildingBlocks.Csv;
using Manabi.Indicators.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Surveys.ListResponseCodes;

/// <summary>Every code of a wave as a sheet to print on (or cut into) paper forms, with whether it was used.</summary>
internal sealed record ListResponseCodesQuery(Guid WaveId, string? Encoding) : IQuery<string>;

internal sealed class ListResponseCodesValidator : AbstractValidator<ListResponseCodesQuery>
{
    public ListResponseCodesValidator() => RuleFor(q => q.Encoding).IsCsvEncoding();
}

internal sealed class ListResponseCodesHandler(IndicatorsDbContext db) : IQueryHandler<ListResponseCodesQuery, string>
{
    public async ValueTask<string> Handle(ListResponseCodesQuery q, CancellationToken cancellationToken)
    {
        var wave = await db.SurveyWaves.AsNoTracking().SingleOrDefaultAsync(w => w.Id == q.WaveId, cancellationToken) ?? throw SurveyErrors.WaveNotFound();
        var codes = await db.ResponseCodes.AsNoTracking().Where(c => c.WaveId == wave.Id).OrderBy(c => c.IssuedAt).ThenBy(c => c.Code)
            .Select(c => new { c.Code, Used = c.UsedAt != null }).ToListAsync(cancellationToken);
        var csv = new StringBuilder();
        CsvLines.Append(csv, ["調査回", "回答コード", "使用済み"]);
        foreach (var code in codes)
        {
            CsvLines.Append(csv, [wave.Title, code.Code, code.Used ? "済" : ""]);
        }
        return csv.ToString();
    }
}
