using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Features.Credentials;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Commendations.AwardCommendations;

/// <summary>Award commendations; <paramref name="BaseUrl"/> is where their credentials point verifiers (this API's public address).</summary>
internal sealed record AwardCommendationsCommand(IReadOnlyList<Guid>? CommendationIds, DateOnly? CeremonyDate, string BaseUrl) : ICommand<int>;

internal sealed class AwardCommendationsValidator : AbstractValidator<AwardCommendationsCommand>
{
    public AwardCommendationsValidator()
    {
        RuleFor(c => c.CommendationIds).NotEmpty().MaxItems(500).WithName("commendationIds");
        RuleFor(c => c.CeremonyDate).NotNull().Named("表彰式の日", "ceremonyDate");
    }
}

internal sealed class AwardCommendationsHandler(PassbookDbContext db, CredentialIssuer issuer) : ICommandHandler<AwardCommendationsCommand, int>
{
    public async ValueTask<int> Handle(AwardCommendationsCommand c, CancellationToken cancellationToken)
    {
        var commendations = await db.Commendations.Where(x => c.CommendationIds!.Contains(x.Id)).ToListAsync(cancellationToken);
        var levels = await db.Levels.AsNoTracking().ToDictionaryAsync(l => l.Id, cancellationToken);
        var awarded = 0;
        foreach (var commendation in commendations.Where(x => x.Award(c.CeremonyDate!.Value)))
        {
            db.Publish(new CommendationAwardedIntegrationEvent(commendation.Id, commendation.LearnerId, commendation.LevelId,
                levels[commendation.LevelId].Credits, c.CeremonyDate!.Value));
            // Every awarded commendation comes with its verifiable credential: no application needed.
            var learner = await db.Learners.AsNoTracking().SingleAsync(l => l.Id == commendation.LearnerId, cancellationToken);
            var credits = await db.Stamps.Where(s => s.LearnerId == learner.Id && s.VoidedAt == null).SumAsync(s => s.Credits, cancellationToken);
            await issuer.IssueForCommendationAsync(learner, commendation, levels[commendation.LevelId], credits, c.BaseUrl, cancellationToken);
            awarded++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return awarded;
    }
}
