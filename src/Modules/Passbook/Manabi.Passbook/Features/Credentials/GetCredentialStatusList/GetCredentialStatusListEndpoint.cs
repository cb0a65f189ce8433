using Manabi.BuildingBlocks.Credentials;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Manabi.Passbook.Features.Credentials.GetCredentialStatusList;

internal static class GetCredentialStatusListEndpoint
{
    public static RouteHandlerBuilder MapGetCredentialStatusList(this IEndpointRouteBuilder group) =>
        group.MapCredentialStatusLists("GetCredentialStatusList", "passbook credentials", (list, baseUrl) => new GetCredentialStatusListQuery(list, baseUrl));
}
