using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.People;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Leaders.RevokeCertification;

/// <summary>
/// Staff revoke a certification: it stops counting, its credential's bit in the status list is
/// set, and the person loses the CommunityLeader role unless another certification stands.
/// </summary>
internal sealed record RevokeCertificationCommand(Guid Id, string? Reason) : ICommand;

internal sealed class RevokeCertificationValidator : AbstractValidator<RevokeCertificationCommand>
{
    public RevokeCertificationValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).Named("理由", "reason");
}

internal sealed class RevokeCertificationHandler(TalentRegistryDbContext db, TimeProvider clock) : ICommandHandler<RevokeCertificationCommand>
{
    public async ValueTask<Unit> Handle(RevokeCertificationCommand c, CancellationToken cancellationToken)
    {
        var certification = await db.LeaderCertifications.SingleOrDefaultAsync(x => x.Id == c.Id, cancellationToken)
            ?? throw LeaderErrors.CertificationNotFound();
        var now = clock.GetUtcNow();
        if (!certification.Revoke(c.Reason!, now))
        {
            return Unit.Value; // already revoked: the same outcome
        }
        db.Publish(new LeaderCertificationRevokedIntegrationEvent(certification.Id, certification.PersonId, certification.CertifiedOn, now));
        var person = await PersonAccess.ByIdAsync(db, certification.PersonId, cancellationToken);
        if (!await db.LeaderCertifications.AnyAsync(x => x.PersonId == person.Id && x.Id != certification.Id && x.RevokedAt == null, cancellationToken))
        {
            person.StopBeingLeader();
            db.Publish(new PersonStatusChangedIntegrationEvent(person.Id, person.Status, person.Roles, person.TermEndsOn, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
