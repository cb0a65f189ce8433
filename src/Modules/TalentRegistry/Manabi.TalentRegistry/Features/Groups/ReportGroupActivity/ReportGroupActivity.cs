using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.People;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Groups.ReportGroupActivity;

/// <summary>Staff record a group's activity report (groups report on paper or by e-mail to the center).</summary>
internal sealed record ReportGroupActivityCommand(Guid GroupId, DateOnly? ActivityOn, int? Sessions, string? Summary) : ICommand<LearningGroupResponse>;

internal sealed class ReportGroupActivityValidator : AbstractValidator<ReportGroupActivityCommand>
{
    public ReportGroupActivityValidator(TimeProvider clock)
    {
        RuleFor(c => c.ActivityOn).NotNull().LessThanOrEqualTo(_ => clock.Today()).Named("活動日", "activityOn");
        RuleFor(c => c.Sessions).NotNull().InclusiveBetween(1, 1000).Named("活動回数", "sessions");
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(1000).Named("活動内容", "summary");
    }
}

internal sealed class ReportGroupActivityHandler(TalentRegistryDbContext db, TimeProvider clock) : ICommandHandler<ReportGroupActivityCommand, LearningGroupResponse>
{
    public async ValueTask<LearningGroupResponse> Handle(ReportGroupActivityCommand c, CancellationToken cancellationToken)
    {
        var group = await db.LearningGroups.Include(g => g.Reports).SingleOrDefaultAsync(g => g.Id == c.GroupId, cancellationToken)
            ?? throw GroupErrors.NotFound();
        var report = group.Report(c.ActivityOn!.Value, c.Sessions!.Value, c.Summary!, clock.GetUtcNow());
        db.Publish(new LearningGroupActivityReportedIntegrationEvent(group.Id, report.Id, report.FiscalYear, report.ActivityOn));
        await db.SaveChangesAsync(cancellationToken);
        return LearningGroupResponse.From(group);
    }
}
