using Manabi.BuildingBlocks.Application;
using Microsoft.AspNetCore.Http;

namespace Manabi.BuildingBlocks.Http;

/// <summary>Responses for versioned resources: the body, with the row version as <c>ETag</c>.</summary>
public static class VersionedResults
{
    public static IResult Created<T>(HttpResponse response, Versioned<T> versioned, string location)
    {
        ETags.Set(response, versioned.Version);
        return Results.Created(location, versioned.Value);
    }

    public static IResult Ok<T>(HttpResponse response, Versioned<T> versioned)
    {
        ETags.Set(response, versioned.Version);
        return Results.Ok(versioned.Value);
    }
}
