using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Manabi.TalentRegistry.Features.People;
using Mediator;

namespace Manabi.TalentRegistry.Features.Activities.ReportMyActivity;

/// <summary>A person reports an activity of their own; it waits for staff.</summary>
internal sealed record ReportMyActivityCommand(string Subject, ActivityRole? Role, ActivityKind? Kind, DateOnly? Date, decimal? Hours, string? Reference,
    string? Title) : ICommand<SelfReportResponse>;

internal sealed class ReportMyActivityValidator : AbstractValidator<ReportMyActivityCommand>
{
    public ReportMyActivityValidator(TimeProvider clock)
    {
        RuleFor(c => c.Role).NotNull().IsInEnum().Named("役割", "role");
        RuleFor(c => c.Kind).NotNull().IsInEnum().Named("活動の種類", "kind");
        RuleFor(c => c.Date).NotNull().LessThanOrEqualTo(_ => clock.Today()).Named("活動日", "date")
            .Says("活動日は今日以前の日付にしてください。", "date cannot be in the future.");
        RuleFor(c => c.Hours).InclusiveBetween(0.25m, 24m).Named("活動時間", "hours");
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(100).Named("活動の名前", "reference");
        RuleFor(c => c.Title).MaximumLength(200).Named("活動名", "title");
    }
}

internal sealed class ReportMyActivityHandler(TalentRegistryDbContext db, TimeProvider clock) : ICommandHandler<ReportMyActivityCommand, SelfReportResponse>
{
    public async ValueTask<SelfReportResponse> Handle(ReportMyActivityCommand c, CancellationToken cancellationToken)
    {
        var person = await PersonAccess.MineAsync(db, c.Subject, cancellationToken);
        if (!ActivityRecorder.MayRecordFor(person.StatusOn(clock.Today())))
        {
            throw ActivityErrors.PersonNotActive();
        }
        var report = SelfReport.Submit(person.Id, c.Role!.Value, c.Kind!.Value, c.Date!.Value, c.Hours, c.Reference!, c.Title, clock.GetUtcNow());
        db.SelfReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return SelfReportResponse.From(report);
    }
}
