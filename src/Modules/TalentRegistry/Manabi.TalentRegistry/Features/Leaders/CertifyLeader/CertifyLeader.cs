using System.Globalization;
using FluentValidation;
using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Credentials;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Manabi.TalentRegistry.Features.People;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Leaders.CertifyLeader;

/// <summary>
/// Staff certify a trainee who met the completion rule: a numbered certification, the
/// CommunityLeader role, and an Open Badges 3.0 credential signed with the city's key.
/// </summary>
internal sealed record CertifyLeaderCommand(Guid TrainingId, Guid PersonId, string BaseUrl) : ICommand<CertificationResponse>;

internal sealed class CertifyLeaderValidator : AbstractValidator<CertifyLeaderCommand>
{
    public CertifyLeaderValidator() => RuleFor(c => c.BaseUrl).NotEmpty();
}

internal sealed class CertifyLeaderHandler(TalentRegistryDbContext db, OpenBadgeIssuer issuer, TimeProvider clock)
    : ICommandHandler<CertifyLeaderCommand, CertificationResponse>
{
    public async ValueTask<CertificationResponse> Handle(CertifyLeaderCommand c, CancellationToken cancellationToken)
    {
        var training = await TrainingAccess.ByIdAsync(db, c.TrainingId, cancellationToken);
        var trainee = training.RequireTrainee(c.PersonId);
        var person = await PersonAccess.ByIdAsync(db, c.PersonId, cancellationToken);
        var today = clock.Today();
        if (await db.LeaderCertifications.AnyAsync(x => x.TrainingId == training.Id && x.PersonId == person.Id && x.RevokedAt == null, cancellationToken))
        {
            throw LeaderErrors.AlreadyCertified();
        }
        if (person.StatusOn(today) != PersonStatus.Active)
        {
            throw LeaderErrors.NotActive();
        }
        if (training.GapOf(trainee) is { IsMet: false } gap)
        {
            throw LeaderErrors.RuleNotMet(gap);
        }
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var (number, statusIndex) = await CertificateNumbers.NextAsync(db, FiscalYear.Of(now).StartYear, cancellationToken);
        var token = issuer.Issue(new OpenBadge(id, LeaderCredentials.Achievement(c.BaseUrl),
            $"{training.Name}を修了し、{today.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}にひと・まちづくりリーダーとして認定されました（認定番号 {number}）。",
            person.Id, person.Name, null, LeaderCredentials.StatusLists(c.BaseUrl), statusIndex), c.BaseUrl, now);
        var certification = LeaderCertification.Certify(id, number, person.Id, training.Id, today, token, statusIndex, now);
        db.LeaderCertifications.Add(certification);
        person.BecomeLeader();
        db.Publish(new LeaderCertifiedIntegrationEvent(certification.Id, person.Id, training.Id, today));
        db.Publish(new PersonStatusChangedIntegrationEvent(person.Id, person.Status, person.Roles, person.TermEndsOn, now));
        await db.SaveChangesAsync(cancellationToken);
        return CertificationResponse.From(certification);
    }
}
