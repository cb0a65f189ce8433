using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Consultations.CompleteFollowUp;

internal sealed record CompleteFollowUpCommand(Guid Id) : ICommand<ConsultationResponse>;

internal sealed class CompleteFollowUpValidator : AbstractValidator<CompleteFollowUpCommand>
{
    public CompleteFollowUpValidator() => RuleFor(c => c.Id).NotEmpty();
}

internal sealed class CompleteFollowUpHandler(TalentRegistryDbContext db, TimeProvider clock) : ICommandHandler<CompleteFollowUpCommand, ConsultationResponse>
{
    public async ValueTask<ConsultationResponse> Handle(CompleteFollowUpCommand c, CancellationToken cancellationToken)
    {
        var consultation = await db.Consultations.SingleOrDefaultAsync(x => x.Id == c.Id, cancellationToken)
            ?? throw new NotFoundException(new Text("指定された相談記録は見つかりません。", "No such consultation."));
        if (consultation.CompleteFollowUp(clock.GetUtcNow()))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return ConsultationResponse.From(consultation);
    }
}
