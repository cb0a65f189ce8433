using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Manabi.TalentRegistry.Features.People;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Consultations.RecordConsultation;

internal sealed record RecordConsultationCommand(
    DateTimeOffset? HeldAt, ConsultationChannel? Channel, ConsultationTopic? Topic, Guid? PersonId, ConsultationOutcome? Outcome, string? Notes,
    string StaffMember) : ICommand<ConsultationResponse>;

internal sealed class RecordConsultationValidator : AbstractValidator<RecordConsultationCommand>
{
    public RecordConsultationValidator(TimeProvider clock)
    {
        RuleFor(c => c.HeldAt).NotNull().LessThanOrEqualTo(_ => clock.GetUtcNow().AddMinutes(5)).Named("相談日時", "heldAt")
            .Says("相談日時は今より前にしてください。", "heldAt cannot be in the future.");
        RuleFor(c => c.Channel).NotNull().IsInEnum().Named("相談の方法", "channel");
        RuleFor(c => c.Topic).NotNull().IsInEnum().Named("相談の内容", "topic");
        RuleFor(c => c.Outcome).NotNull().IsInEnum().Named("対応の結果", "outcome");
        RuleFor(c => c.Notes).MaximumLength(2000).Named("メモ", "notes");
    }
}

internal sealed class RecordConsultationHandler(TalentRegistryDbContext db, TimeProvider clock) : ICommandHandler<RecordConsultationCommand, ConsultationResponse>
{
    public async ValueTask<ConsultationResponse> Handle(RecordConsultationCommand c, CancellationToken cancellationToken)
    {
        if (c.PersonId is { } personId && !await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
        {
            throw PersonErrors.NotFound();
        }
        var consultation = Consultation.Record(c.HeldAt!.Value, c.Channel!.Value, c.Topic!.Value, c.PersonId, c.Outcome!.Value, c.Notes,
            c.StaffMember, clock.GetUtcNow());
        db.Consultations.Add(consultation);
        db.Publish(new ConsultationRecordedIntegrationEvent(consultation.Id, consultation.HeldAt, consultation.Channel, consultation.Topic, consultation.Outcome));
        await db.SaveChangesAsync(cancellationToken);
        return ConsultationResponse.From(consultation);
    }
}
