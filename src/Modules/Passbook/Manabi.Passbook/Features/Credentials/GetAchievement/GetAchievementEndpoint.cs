using Manabi.BuildingBlocks.Credentials;
using Manabi.BuildingBlocks.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Credentials.GetAchievement;

internal static class GetAchievementEndpoint
{
    public static RouteHandlerBuilder MapGetAchievement(this IEndpointRouteBuilder group) => group
        .MapGet("/achievements/{key:maxlength(36)}", async (string key, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Ok(await sender.Send(new GetAchievementQuery(key, PublicUrls.BaseUrl(http)), ct));
        })
        .WithName("GetAchievement")
        .WithSummary("An achievement a credential certifies (Open Badges 3.0)")
        .WithDescription("Public: what a credential's `credentialSubject.achievement.id` points to. " +
            "`key` is a certification level's id, or `learning-history`.")
        .AllowAnonymous()
        .CachedPublicly(3600)
        .Produces<AchievementResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound);
}
