using System.Security.Claims;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Opportunities;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Duplicates;

/// <summary>A possible duplicate with both records, for staff to judge.</summary>
/// <param name="Id">Candidate id.</param>
/// <param name="TitleSimilarity">0–1 similarity of the folded titles.</param>
/// <param name="Reasons">similar-title, overlapping-dates, same-venue, same-field.</param>
/// <param name="Verdict">Pending, Distinct or Same.</param>
/// <param name="First">One opportunity.</param>
/// <param name="Second">The other.</param>
/// <param name="DetectedAt">When it was raised.</param>
/// <param name="DecidedBy">Who judged it.</param>
public sealed record DuplicateCandidateResponse(Guid Id, double TitleSimilarity, IReadOnlyList<string> Reasons, DuplicateVerdict Verdict,
    OpportunityResponse First, OpportunityResponse Second, DateTimeOffset DetectedAt, string? DecidedBy);

internal sealed record ListDuplicatesQuery(DuplicateVerdict? Verdict) : IQuery<IReadOnlyList<DuplicateCandidateResponse>>;

internal sealed class ListDuplicatesHandler(CatalogDbContext db, OpportunityReader reader) : IQueryHandler<ListDuplicatesQuery, IReadOnlyList<DuplicateCandidateResponse>>
{
    public async ValueTask<IReadOnlyList<DuplicateCandidateResponse>> Handle(ListDuplicatesQuery query, CancellationToken cancellationToken)
    {
        var verdict = query.Verdict ?? DuplicateVerdict.Pending;
        var candidates = await db.DuplicateCandidates.AsNoTracking().Where(c => c.Verdict == verdict)
            .OrderByDescending(c => c.DetectedAt).ThenBy(c => c.Id).Take(200).ToListAsync(cancellationToken);
        var ids = candidates.SelectMany(c => new[] { c.FirstOpportunityId, c.SecondOpportunityId }).Distinct().ToList();
        var opportunities = (await reader.LoadAsync(db.Opportunities.Where(o => ids.Contains(o.Id)), cancellationToken)).ToDictionary(o => o.Id);
        return candidates.ConvertAll(c => new DuplicateCandidateResponse(c.Id, Math.Round(c.TitleSimilarity, 3), c.Reasons, c.Verdict,
            opportunities[c.FirstOpportunityId], opportunities[c.SecondOpportunityId], c.DetectedAt, c.DecidedBy));
    }
}

/// <summary>Staff's verdict on a candidate.</summary>
/// <param name="Verdict">Distinct (different things, will not be raised again) or Same.</param>
public sealed record DecideDuplicateCommand(DuplicateVerdict? Verdict) : ICommand
{
    [System.Text.Json.Serialization.JsonIgnore] internal Guid Id { get; init; }
    [System.Text.Json.Serialization.JsonIgnore] internal string DecidedBy { get; init; } = "";
}

internal sealed class DecideDuplicateValidator : AbstractValidator<DecideDuplicateCommand>
{
    public DecideDuplicateValidator() =>
        RuleFor(c => c.Verdict).NotNull().Must(v => v is DuplicateVerdict.Distinct or DuplicateVerdict.Same).WithName("verdict")
            .Says("verdict は Distinct か Same です。", "verdict is Distinct or Same.");
}

internal sealed class DecideDuplicateHandler(CatalogDbContext db, TimeProvider clock) : ICommandHandler<DecideDuplicateCommand>
{
    public async ValueTask<Mediator.Unit> Handle(DecideDuplicateCommand command, CancellationToken cancellationToken)
    {
        var candidate = await db.DuplicateCandidates.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(new Text("指定された重複候補は見つかりません。", "No such duplicate candidate."));
        candidate.Decide(command.Verdict!.Value, command.DecidedBy, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}

internal static class DuplicateEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/duplicates", async (DuplicateVerdict? verdict, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListDuplicatesQuery(verdict), ct)))
            .WithName("ListDuplicateCandidates")
            .WithSummary("Opportunities that look like duplicates")
            .WithDescription("Staff: pairs of different providers' opportunities with similar titles, overlapping dates and the same venue or field " +
                "(default: still pending), with both records.")
            .RequireAuthorization(Policies.Staff)
            .Produces<IReadOnlyList<DuplicateCandidateResponse>>()
            .ProducesAuthProblems();
        group.MapPost("/duplicates/{id:guid}/verdict", async (Guid id, DecideDuplicateCommand command, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(command with { Id = id, DecidedBy = user.FindFirst(ManabiClaims.Subject)?.Value ?? "staff" }, ct);
                return Results.NoContent();
            })
            .WithName("DecideDuplicateCandidate")
            .WithSummary("Judge a duplicate candidate")
            .WithDescription("Staff: Distinct or Same. The pair is not raised again either way; nothing is changed for the providers.")
            .RequireAuthorization(Policies.Staff)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
    }
}
