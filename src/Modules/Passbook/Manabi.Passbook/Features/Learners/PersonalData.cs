using System.Security.Claims;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Learners;

/// <summary>Everything Manabi's passbook holds about a learner (APPI disclosure).</summary>
public sealed record PersonalDataExport(DateTimeOffset ExportedAt, PersonalDataLearner Learner, IReadOnlyList<PersonalDataStamp> Stamps,
    IReadOnlyList<PersonalDataCommendation> Commendations, IReadOnlyList<PersonalDataStaffRead> StaffReads);

/// <summary>The registration as stored.</summary>
public sealed record PersonalDataLearner(Guid Id, string PassbookNumber, string DisplayName, string NameKana, int? BirthYear, string? Area, string? Contact,
    string ConsentPurpose, string ConsentVersion, DateTimeOffset ConsentGivenAt, DateTimeOffset RegisteredAt, int PassbooksIssued);

/// <summary>A stamp as stored.</summary>
public sealed record PersonalDataStamp(Guid Id, Guid SessionId, Guid OpportunityId, decimal Credits, StampMethod Method, string RecordedBy,
    DateTimeOffset RecordedAt, DateTimeOffset? VoidedAt, string? VoidReason);

/// <summary>A commendation as stored.</summary>
public sealed record PersonalDataCommendation(Guid Id, Guid LevelId, CommendationStatus Status, DateTimeOffset ReachedAt, DateOnly? AwardedOn);

/// <summary>When staff read the learner's data.</summary>
public sealed record PersonalDataStaffRead(string What, DateTimeOffset ReadAt);

internal sealed record ExportPersonalDataQuery(LearnerReader Reader) : IQuery<PersonalDataExport>;

internal sealed class ExportPersonalDataHandler(PassbookDbContext db, TimeProvider clock) : IQueryHandler<ExportPersonalDataQuery, PersonalDataExport>
{
    public async ValueTask<PersonalDataExport> Handle(ExportPersonalDataQuery q, CancellationToken cancellationToken)
    {
        var l = await LearnerAccess.ResolveAsync(db, null, q.Reader, "export", clock, cancellationToken);
        var stamps = await db.Stamps.AsNoTracking().Where(s => s.LearnerId == l.Id).OrderBy(s => s.RecordedAt)
            .Select(s => new PersonalDataStamp(s.Id, s.SessionId, s.OpportunityId, s.Credits, s.Method, s.RecordedBy, s.RecordedAt, s.VoidedAt, s.VoidReason))
            .ToListAsync(cancellationToken);
        var commendations = await db.Commendations.AsNoTracking().Where(c => c.LearnerId == l.Id)
            .Select(c => new PersonalDataCommendation(c.Id, c.LevelId, c.Status, c.ReachedAt, c.AwardedOn)).ToListAsync(cancellationToken);
        var reads = await db.PersonalDataReads.AsNoTracking().Where(r => r.LearnerId == l.Id).OrderBy(r => r.ReadAt)
            .Select(r => new PersonalDataStaffRead(r.What, r.ReadAt)).ToListAsync(cancellationToken);
        return new(clock.GetUtcNow(), new PersonalDataLearner(l.Id, Domain.PassbookNumber.Parse(l.PassbookNumber).ToString(), l.DisplayName, l.NameKana,
            l.BirthYear, l.Area, l.Contact, l.ConsentPurpose, l.ConsentVersion, l.ConsentGivenAt, l.RegisteredAt, l.PassbooksIssued), stamps, commendations, reads);
    }
}

/// <summary>Erase a learner's personal data (their own request, or staff acting on one).</summary>
internal sealed record ErasePersonalDataCommand(Guid? LearnerId, LearnerReader Reader) : ICommand;

internal sealed class ErasePersonalDataValidator : AbstractValidator<ErasePersonalDataCommand>
{
    public ErasePersonalDataValidator() => RuleFor(c => c.LearnerId).NotNull().When(c => c.Reader.IsStaff);
}

internal sealed class ErasePersonalDataHandler(PassbookDbContext db, TimeProvider clock) : ICommandHandler<ErasePersonalDataCommand>
{
    public async ValueTask<Mediator.Unit> Handle(ErasePersonalDataCommand c, CancellationToken cancellationToken)
    {
        var learner = await db.Learners.SingleOrDefaultAsync(l => c.Reader.IsStaff ? l.Id == c.LearnerId : l.Subject == c.Reader.Subject, cancellationToken)
            ?? throw new NotFoundException(new Text("学習手帳が見つかりません。", "No such passbook."));
        // Stamps and commendations stay under the (now anonymous) learner id: indicator counts do not move.
        learner.Erase(PassbookNumber.New(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}

internal static class PersonalDataEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/learners/me/personal-data", async (ClaimsPrincipal user, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                response.Headers.ContentDisposition = "attachment; filename=\"manabi-passbook.json\"";
                return Results.Ok(await sender.Send(new ExportPersonalDataQuery(LearnerReader.Of(user) with { IsStaff = false }), ct));
            })
            .WithName("ExportMyPersonalData")
            .WithSummary("Download all my passbook data")
            .WithDescription("APPI disclosure: the registration, consent, every stamp and commendation, and when staff read the record.")
            .RequireAuthorization(Policies.Learner)
            .Produces<PersonalDataExport>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
        group.MapDelete("/learners/me", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new ErasePersonalDataCommand(null, LearnerReader.Of(user) with { IsStaff = false }), ct);
                return Results.NoContent();
            })
            .WithName("EraseMyPersonalData")
            .WithSummary("Delete my personal data")
            .WithDescription("Name, reading, birth year, area and contact are erased and the login and passbook number unlinked. " +
                "Stamps remain as anonymous counts, so the city's indicators do not change.")
            .RequireAuthorization(Policies.Learner)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
        group.MapDelete("/learners/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new ErasePersonalDataCommand(id, LearnerReader.Of(user)), ct);
                return Results.NoContent();
            })
            .WithName("ErasePersonalData")
            .WithSummary("Delete a learner's personal data (staff, on the learner's request)")
            .WithDescription("As the learner's own deletion; for citizens registered at the counter without a login.")
            .RequireAuthorization(Policies.Staff)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
    }
}
