using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Commendations;

/// <summary>A certification level.</summary>
/// <param name="Id">Level id.</param>
/// <param name="Name">Name, e.g. 「銀の手帳」.</param>
/// <param name="Credits">Credits it takes.</param>
public sealed record LevelResponse(Guid Id, string Name, decimal Credits);

/// <summary>Define a certification level (staff). Learners already past it are commended at once.</summary>
/// <param name="Name">Name of the level.</param>
/// <param name="Credits">Credits it takes (0.5 to 10,000).</param>
public sealed record DefineLevelCommand(string? Name, decimal? Credits) : ICommand<LevelResponse>;

internal sealed class DefineLevelValidator : AbstractValidator<DefineLevelCommand>
{
    public DefineLevelValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).Named("名称", "name");
        RuleFor(c => c.Credits).NotNull().InclusiveBetween(0.5m, 10_000m).Named("単位数", "credits");
    }
}

internal sealed class DefineLevelHandler(PassbookDbContext db, TimeProvider clock) : ICommandHandler<DefineLevelCommand, LevelResponse>
{
    public async ValueTask<LevelResponse> Handle(DefineLevelCommand c, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var level = CertificationLevel.Define(c.Name!, c.Credits!.Value, now);
        db.Levels.Add(level);
        var alreadyThere = await db.Stamps.Where(s => s.VoidedAt == null).GroupBy(s => s.LearnerId)
            .Where(g => g.Sum(s => s.Credits) >= level.Credits).Select(g => g.Key).ToListAsync(cancellationToken);
        db.Commendations.AddRange(alreadyThere.Select(learner => Commendation.Reach(learner, level.Id, now)));
        await db.SaveChangesAsync(cancellationToken);
        return new(level.Id, level.Name, level.Credits);
    }
}

internal sealed record ListLevelsQuery : IQuery<IReadOnlyList<LevelResponse>>;

internal sealed class ListLevelsHandler(PassbookDbContext db) : IQueryHandler<ListLevelsQuery, IReadOnlyList<LevelResponse>>
{
    public async ValueTask<IReadOnlyList<LevelResponse>> Handle(ListLevelsQuery q, CancellationToken cancellationToken) =>
        await db.Levels.AsNoTracking().Where(l => l.Active).OrderBy(l => l.Credits)
            .Select(l => new LevelResponse(l.Id, l.Name, l.Credits)).ToListAsync(cancellationToken);
}

internal static class LevelEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/levels", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListLevelsQuery(), ct)))
            .WithName("ListCertificationLevels")
            .WithSummary("Certification levels")
            .WithDescription("Public: the credits each commendation takes.")
            .AllowAnonymous()
            .Produces<IReadOnlyList<LevelResponse>>();
        group.MapPost("/levels", async (DefineLevelCommand command, ISender sender, CancellationToken ct) =>
            {
                var level = await sender.Send(command, ct);
                return Results.Created($"/api/v1/passbook/levels/{level.Id}", level);
            })
            .WithName("DefineCertificationLevel")
            .WithSummary("Define a certification level")
            .WithDescription("Staff. Learners whose credits already reach it get a pending commendation at once.")
            .RequireAuthorization(Policies.Staff)
            .Produces<LevelResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesAuthProblems();
    }
}
