using System.Text.Json.Nodes;
using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Contracts;

namespace Manabi.Catalog.Features.Opportunities;

/// <summary>
/// schema.org JSON-LD of an opportunity: a <c>Course</c> with <c>CourseInstance</c>s for courses,
/// otherwise an <c>EventSeries</c> with <c>subEvent</c>s; one entry per session. Only properties
/// schema.org defines on each type: a Course (a CreativeWork) has a <c>provider</c> and
/// <c>dateModified</c>, an EventSeries an <c>organizer</c> and <c>performer</c>s, and the
/// <c>instructor</c> belongs to each CourseInstance.
/// </summary>
internal static class SchemaOrg
{
    public const string MediaType = "application/ld+json";

    public static JsonObject Render(OpportunityResponse o, string baseUrl)
    {
        var isCourse = o.Kind is OpportunityKind.Course or OpportunityKind.DeliveryLecture;
        var url = $"{baseUrl}/api/v1/catalog/opportunities/{o.Id}";
        var sessions = new JsonArray(o.Sessions.Select(s => (JsonNode)Session(s, isCourse, o)).ToArray());
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = isCourse ? "Course" : "EventSeries",
            ["@id"] = url,
            ["identifier"] = o.Id.ToString(),
            ["name"] = o.Title,
            ["alternateName"] = o.TitleKana,
            ["description"] = o.Description,
            ["inLanguage"] = "ja",
            [isCourse ? "provider" : "organizer"] = new JsonObject { ["@type"] = "Organization", ["name"] = o.ProviderName, ["identifier"] = o.ProviderId.ToString() },
            ["isAccessibleForFree"] = o.Fee is null,
            ["offers"] = new JsonObject { ["@type"] = "Offer", ["price"] = o.Fee ?? 0, ["priceCurrency"] = "JPY" },
            ["audience"] = new JsonArray(o.Audiences.Select(a => (JsonNode)new JsonObject { ["@type"] = "Audience", ["audienceType"] = a.ToString() }).ToArray()),
            ["about"] = new JsonArray(o.Fields.Select(f => (JsonNode)JsonValue.Create(f)!).ToArray()),
        };
        if (isCourse)
        {
            node["dateModified"] = JapanTime.ToIsoSeconds(o.ModifiedAt);
        }
        node[isCourse ? "hasCourseInstance" : "subEvent"] = sessions;
        if (!isCourse && o.Instructors.Count > 0)
        {
            node["performer"] = Instructors(o);
        }
        return node;
    }

    private static JsonObject Session(SessionResponse s, bool isCourse, OpportunityResponse o)
    {
        var node = new JsonObject
        {
            ["@type"] = isCourse ? "CourseInstance" : "Event",
            ["identifier"] = s.Id.ToString(),
            ["name"] = o.Title,
            ["startDate"] = JapanTime.ToIsoSeconds(s.StartsAt),
            ["endDate"] = JapanTime.ToIsoSeconds(s.EndsAt),
            ["eventStatus"] = s.Status == SessionStatus.Cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = s.OnlineUrl is not null && s.Venue is null
                ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
        };
        if (s.Venue is { } venue)
        {
            var place = new JsonObject { ["@type"] = "Place", ["name"] = venue.Name, ["address"] = venue.Address };
            if (venue.Latitude is { } lat && venue.Longitude is { } lng)
            {
                place["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lng };
            }
            node["location"] = place;
        }
        else if (s.OnlineUrl is { } online)
        {
            node["location"] = new JsonObject { ["@type"] = "VirtualLocation", ["url"] = online };
        }
        if (isCourse && o.Instructors.Count > 0)
        {
            node["instructor"] = Instructors(o);
        }
        if (s.Capacity is { } capacity) node["maximumAttendeeCapacity"] = capacity;
        if (s.SeatsRemaining is { } seats) node["remainingAttendeeCapacity"] = seats;
        return node;
    }

    private static JsonArray Instructors(OpportunityResponse o) =>
        new(o.Instructors.Select(i => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = i.Name }).ToArray());
}
