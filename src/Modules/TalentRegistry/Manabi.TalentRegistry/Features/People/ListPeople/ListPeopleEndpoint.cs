using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.TalentRegistry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.People.ListPeople;

internal static class ListPeopleEndpoint
{
    public static RouteHandlerBuilder MapListPeople(this IEndpointRouteBuilder group) => group
        .MapGet("/people", async (PersonStatus? status, TalentRole? role, string? field, string? area, string? q, int? lapsingWithinDays,
                int? limit, int? offset, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListPeopleQuery(status, role, field, area, q, lapsingWithinDays, limit, offset), ct)))
        .ParametersCheckedBy<ListPeopleQuery>()
        .WithName("ListPeople")
        .WithSummary("Registered people, applications first (staff)")
        .WithDescription("Filter by `status` (`Lapsed`: active people past their term), `role`, `field`, `area`, or `q` (part of the name " +
            "or its reading). `lapsingWithinDays=60` lists who to ask for renewal. `limit` 1–200 (default 50), `offset`; `total` counts every match.")
        .RequireAuthorization(Policies.Staff)
        .Produces<PersonListPage>()
        .ProducesValidationProblem()
        .ProducesAuthProblems();
}
