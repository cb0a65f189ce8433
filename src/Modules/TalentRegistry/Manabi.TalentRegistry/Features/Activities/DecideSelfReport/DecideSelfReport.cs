using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Activities.DecideSelfReport;

/// <summary>Staff approve a person's report (it becomes their activity record) or reject it with a reason.</summary>
internal sealed record DecideSelfReportCommand(Guid Id, bool? Approve, string? Reason, string DecidedBy) : ICommand<SelfReportResponse>;

internal sealed class DecideSelfReportValidator : AbstractValidator<DecideSelfReportCommand>
{
    public DecideSelfReportValidator()
    {
        RuleFor(c => c.Approve).NotNull().Named("承認", "approve");
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Approve == false).MaximumLength(500).Named("理由", "reason");
    }
}

internal sealed class DecideSelfReportHandler(TalentRegistryDbContext db, ActivityRecorder recorder, TimeProvider clock)
    : ICommandHandler<DecideSelfReportCommand, SelfReportResponse>
{
    private static readonly Text AlreadyDecided = new("この報告はすでに承認または却下されています。", "This report was already decided.");

    public async ValueTask<SelfReportResponse> Handle(DecideSelfReportCommand c, CancellationToken cancellationToken)
    {
        var report = await db.SelfReports.SingleOrDefaultAsync(r => r.Id == c.Id, cancellationToken)
            ?? throw new NotFoundException(new Text("指定された活動報告は見つかりません。", "No such activity report."));
        if (!report.Decide(c.Approve!.Value, c.Reason, clock.GetUtcNow()))
        {
            throw new BusinessRuleException(AlreadyDecided, "already-decided");
        }
        if (c.Approve == true)
        {
            await recorder.RecordAsync(report.PersonId, report.Occurrence, ActivitySource.SelfReport, c.DecidedBy, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return SelfReportResponse.From(report);
    }
}
