using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Features.Classification.GetActivityList;
using Manabi.Catalog.Features.Opportunities;

namespace Manabi.Catalog.Features.Feeds;

/// <summary>
/// An opportunity in OpenActive's Modelling Opportunity Data 2.0, for the RPDE feed: courses (and
/// delivery lectures) are a <c>CourseInstance</c> whose sessions are <c>Event</c>s; everything else is
/// a <c>SessionSeries</c> of <c>ScheduledSession</c>s. The activity is the catalog's field taxonomy,
/// published as a SKOS concept scheme at <c>/activity-list</c>. Dates carry whole seconds and the Japan offset,
/// as the OpenActive validators require.
/// </summary>
internal static class OpenActiveData
{
    public static string KindOf(OpportunityKind kind) => IsCourse(kind) ? "CourseInstance" : "SessionSeries";

    public static JsonObject Render(OpportunityResponse o, IReadOnlyDictionary<string, string> fieldNames, string baseUrl)
    {
        var url = $"{baseUrl}/api/v1/catalog/opportunities/{o.Id}";
        var organizer = new JsonObject
        {
            ["@type"] = "Organization",
            ["@id"] = $"{baseUrl}/api/v1/catalog/providers/{o.ProviderId}",
            ["identifier"] = o.ProviderId.ToString(),
            ["name"] = o.ProviderName,
        };
        var node = new JsonObject
        {
            ["@context"] = "https://openactive.io/",
            ["@type"] = KindOf(o.Kind),
            ["@id"] = url,
            ["identifier"] = o.Id.ToString(),
            ["name"] = o.Title,
            ["description"] = o.Description,
            ["url"] = url,
            ["organizer"] = organizer,
            ["activity"] = new JsonArray([.. o.Fields.Select(code => (JsonNode)Activity(code, fieldNames, baseUrl))]),
            ["offers"] = new JsonArray(Offer(o, url)),
        };
        if (o.Sessions.FirstOrDefault(s => s.Venue is not null)?.Venue is { } venue)
        {
            node["location"] = Place(venue, baseUrl);
        }
        else
        {
            // Online only: OpenActive then asks for the attendance mode instead of a place. The
            // meeting URL stays out of the feed: OpenActive has it only as the experimental
            // beta:virtualLocation, which its validator cannot check offline. Consumers find it in
            // the opportunity itself (its url).
            node["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode";
        }
        if (o.Instructors.Count > 0)
        {
            node["leader"] = new JsonArray([.. o.Instructors.Select(i => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = i.Name })]);
        }
        var sessions = o.Sessions.OrderBy(s => s.StartsAt).ToList();
        if (IsCourse(o.Kind) && sessions.Count > 0)
        {
            // A course instance runs over days: its dates are calendar days in Japan, its duration their span.
            var (first, last) = (JapanTime.DateOf(sessions[0].StartsAt), JapanTime.DateOf(sessions[^1].EndsAt));
            node["startDate"] = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            node["endDate"] = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            node["duration"] = XmlConvert.ToString(TimeSpan.FromDays(last.DayNumber - first.DayNumber + 1));
        }
        node["subEvent"] = new JsonArray([.. sessions.Select(s => (JsonNode)Session(s, o, url, baseUrl))]);
        return node;
    }

    private static JsonObject Session(SessionResponse s, OpportunityResponse o, string url, string baseUrl)
    {
        var node = new JsonObject
        {
            ["@type"] = IsCourse(o.Kind) ? "Event" : "ScheduledSession",
            ["@id"] = $"{url}#session-{s.Id}",
            ["identifier"] = s.Id.ToString(),
            ["startDate"] = JapanTime.ToIsoSeconds(s.StartsAt),
            ["endDate"] = JapanTime.ToIsoSeconds(s.EndsAt),
            ["duration"] = XmlConvert.ToString(s.EndsAt - s.StartsAt),
            ["eventStatus"] = s.Status == SessionStatus.Cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = s.Venue is not null ? "https://schema.org/OfflineEventAttendanceMode" : "https://schema.org/OnlineEventAttendanceMode",
        };
        if (s.Venue is { } venue)
        {
            node["location"] = Place(venue, baseUrl);
        }
        if ((s.Capacity ?? o.Capacity) is { } capacity)
        {
            node["maximumAttendeeCapacity"] = capacity;
        }
        if (s.SeatsRemaining is { } seats)
        {
            node["remainingAttendeeCapacity"] = seats;
        }
        return node;
    }

    private static JsonObject Activity(string code, IReadOnlyDictionary<string, string> fieldNames, string baseUrl) => new()
    {
        ["@type"] = "Concept",
        ["@id"] = GetActivityListQuery.ConceptId(baseUrl, code),
        ["prefLabel"] = fieldNames.GetValueOrDefault(code, code),
        ["inScheme"] = GetActivityListQuery.Url(baseUrl),
    };

    private static JsonObject Offer(OpportunityResponse o, string url)
    {
        var offer = new JsonObject
        {
            ["@type"] = "Offer",
            ["@id"] = $"{url}#offer",
            ["identifier"] = "fee",
            ["name"] = o.Fee is null ? "無料" : "受講料",
            ["price"] = o.Fee ?? 0,
            ["priceCurrency"] = "JPY",
        };
        if (o.FeeNote is { } note)
        {
            offer["description"] = note;
        }
        return offer;
    }

    private static JsonObject Place(VenueSummary venue, string baseUrl)
    {
        var place = new JsonObject
        {
            ["@type"] = "Place",
            ["@id"] = $"{baseUrl}/api/v1/catalog/venues#{venue.Id}",
            ["identifier"] = venue.Id.ToString(),
            ["name"] = venue.Name,
            ["description"] = venue.Address,
        };
        if (venue.Latitude is { } lat && venue.Longitude is { } lng)
        {
            place["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lng };
        }
        return place;
    }

    private static bool IsCourse(OpportunityKind kind) => kind is OpportunityKind.Course or OpportunityKind.DeliveryLecture;

}
