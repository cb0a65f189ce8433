using Manabi.BuildingBlocks.Credentials;
using Manabi.BuildingBlocks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Leaders.GetLeaderAchievement;

internal static class GetLeaderAchievementEndpoint
{
    public static RouteHandlerBuilder MapGetLeaderAchievement(this IEndpointRouteBuilder group) => group
        .MapGet($"/achievements/{LeaderCredentials.AchievementKey}", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Ok(LeaderCredentials.Achievement(PublicUrls.BaseUrl(http)));
        })
        .WithName("GetLeaderAchievement")
        .WithSummary("What a leader credential certifies (Open Badges 3.0 Achievement)")
        .WithDescription("Public: what a leader credential's `credentialSubject.achievement.id` points to.")
        .AllowAnonymous()
        .CachedPublicly(3600)
        .Produces<AchievementResponse>();
}
