using Manabi.BuildingBlocks.Application;
using Microsoft.AspNetCore.Http;

namespace Manabi.BuildingBlocks.Http;

/// <summary>
/// Strong ETags from PostgreSQL's row version (<c>xmin</c>), and the <c>If-Match</c> rules of
/// RFC 9110 for updates: missing → 428, stale or unparsable → 412 (raised by the update itself).
/// </summary>
public static class ETags
{
    /// <summary>Room for a list of our tags; a longer header cannot be one we issued.</summary>
    public const int MaxIfMatchLength = 1024;

    public static string Format(uint version) => $"\"{version}\"";

    /// <summary>The version the client says it read; null for <c>If-Match: *</c> (any current version).</summary>
    public static uint? RequireIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            throw new PreconditionRequiredException();
        }
        if (header.Length > MaxIfMatchLength)
        {
            throw new PreconditionFailedException();
        }
        if (header == "*")
        {
            return null;
        }
        // A list of tags matches if any does; versions are one number, so take the first parsable.
        foreach (var tag in header.Split(',', StringSplitOptions.TrimEntries))
        {
            if (tag.Length > 2 && tag[0] == '"' && tag[^1] == '"' && uint.TryParse(tag.AsSpan(1, tag.Length - 2), out var version))
            {
                return version;
            }
        }
        throw new PreconditionFailedException();
    }

    public static void Set(HttpResponse response, uint version) => response.Headers.ETag = Format(version);
}
