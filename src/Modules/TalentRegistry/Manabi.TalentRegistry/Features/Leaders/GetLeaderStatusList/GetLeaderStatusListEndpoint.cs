using Manabi.BuildingBlocks.Credentials;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Manabi.TalentRegistry.Features.Leaders.GetLeaderStatusList;

internal static class GetLeaderStatusListEndpoint
{
    public static RouteHandlerBuilder MapGetLeaderStatusList(this IEndpointRouteBuilder group) =>
        group.MapCredentialStatusLists("GetLeaderStatusList", "leader credentials", (list, baseUrl) => new GetLeaderStatusListQuery(list, baseUrl));
}
