using Manabi.BuildingBlocks.Http;
using Manabi.TalentRegistry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Directory.ListTalentDirectory;

internal static class ListTalentDirectoryEndpoint
{
    public static RouteHandlerBuilder MapListTalentDirectory(this IEndpointRouteBuilder group) => group
        .MapGet("/directory", async (TalentRole? role, string? field, string? area, int? limit, int? offset, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ListTalentDirectoryQuery(role, field, area, limit, offset), ct)))
        .ParametersCheckedBy<ListTalentDirectoryQuery>()
        .WithName("ListTalentDirectory")
        .WithSummary("The public talent directory")
        .WithDescription("Public. Active people who consented to publication, with their public profile, fields, area and roles; never " +
            "contact data (a group asks the board for someone, quoting the id). Filter by `role`, `field` (a top-level code covers its " +
            "sub-fields) and `area`; `limit` 1–100 (default 50), `offset`.")
        .AllowAnonymous()
        .Produces<TalentDirectoryPage>()
        .ProducesValidationProblem();
}
