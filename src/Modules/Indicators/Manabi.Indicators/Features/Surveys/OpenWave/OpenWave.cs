using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Surveys.OpenWave;

/// <summary>Staff open a round of a survey for a fiscal year (for 22-3, of one festival or forum in the catalog).</summary>
internal sealed record OpenWaveCommand(Guid SurveyId, int? FiscalYear, string? Title, Guid? OpportunityId) : ICommand<WaveView>;

/// <summary>The round to open.</summary>
/// <param name="FiscalYear">The fiscal year its answers count in.</param>
/// <param name="Title">e.g. 「令和8年度 ちとせ市民活動フェスティバル 参加団体アンケート」.</param>
/// <param name="OpportunityId">For 22-3: the festival or forum, as a Catalog learning opportunity.</param>
public sealed record OpenWaveRequest(int? FiscalYear, string? Title, Guid? OpportunityId)
{
    internal OpenWaveCommand ToCommand(Guid surveyId) => new(surveyId, FiscalYear, Title, OpportunityId);
}

internal sealed class OpenWaveValidator : AbstractValidator<OpenWaveCommand>
{
    public OpenWaveValidator()
    {
        RuleFor(c => c.FiscalYear).NotNull().InclusiveBetween(2000, 2100).Named("年度", "fiscalYear");
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200).Named("題名", "title");
    }
}

internal sealed class OpenWaveHandler(IndicatorsDbContext db, ISender sender, TimeProvider clock) : ICommandHandler<OpenWaveCommand, WaveView>
{
    public async ValueTask<WaveView> Handle(OpenWaveCommand c, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.SingleOrDefaultAsync(s => s.Id == c.SurveyId, cancellationToken) ?? throw SurveyErrors.SurveyNotFound();
        if (survey.WavesNeedOpportunity && c.OpportunityId is null)
        {
            throw SurveyErrors.Invalid("opportunityId", "22-3 の調査回には、対象のフェスティバルやフォーラム（講座・催しの ID）を指定してください。",
                "A 22-3 wave names its festival or forum (a catalog opportunity id).");
        }
        // The festival or forum must be one the catalog knows, asked through Catalog's Contracts.
        if (c.OpportunityId is { } opportunity && (await sender.Send(new GetOpportunityTitlesQuery([opportunity]), cancellationToken)).Count == 0)
        {
            throw SurveyErrors.Invalid("opportunityId", "指定された講座・催しはカタログにありません。", "The catalog has no such opportunity.");
        }
        var wave = SurveyWave.Open(survey.Id, c.FiscalYear!.Value, c.Title!, c.OpportunityId, clock.GetUtcNow());
        db.SurveyWaves.Add(wave);
        await db.SaveChangesAsync(cancellationToken);
        return WaveView.From(wave);
    }
}
