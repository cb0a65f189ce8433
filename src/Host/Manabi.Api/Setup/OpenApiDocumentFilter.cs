using Manabi.BuildingBlocks;
using Manabi.BuildingBlocks.Http;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Manabi.Api.Setup;

/// <summary>What a client generator and a reader of the document look for first: where it runs, who answers for it, under which terms, and what each module is.</summary>
internal sealed class OpenApiDocumentFilter(IOptions<PublicHttpOptions> http, IOptions<CityOptions> city, IHostEnvironment environment) : IDocumentFilter
{
    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["Catalog"] = "Providers, their API keys, fields and venues; learning opportunities pushed by partners, search, the RPDE feed, exports; delivery lectures; the information issues.",
        ["Passbook"] = "Learners' passbooks, stamps and check-in, certification levels and commendations, verifiable credentials, personal data.",
        ["TalentRegistry"] = "The people who teach and volunteer, their activities, matching, learning groups, consultations and leader certification.",
        ["SchoolCommunityCoordination"] = "School districts, coordinators and community–school activities.",
        ["Indicators"] = "The city plan's indicators, computed from what the other modules record.",
        ["Credentials"] = "The keys and the issuer profile behind every credential Manabi issues (passbook credentials, leader certifications).",
        ["Operations"] = "For the city's IT: parked integration events and their retry.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var server = new OpenApiServer
        {
            Url = http.Value.PublicBaseUrl?.TrimEnd('/') ?? "/",
            // Says which environment answers (Development is someone's local machine), and that it is public.
            Description = $"This deployment ({(environment.IsDevelopment() ? "local development" : environment.EnvironmentName)})",
        };
        server.Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(false) };
        document.Servers = [server];
        document.Info.Contact = new OpenApiContact
        {
            Name = $"{city.Value.MunicipalityName}教育委員会 生涯学習担当",
            Url = city.Value.PortalUrl is { } portal ? new Uri(portal) : null,
        };
        document.Info.License = new OpenApiLicense { Name = "CC BY 4.0 (the published data)", Url = new Uri("https://creativecommons.org/licenses/by/4.0/") };
        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(Tags.Where(t => used.Contains(t.Key)).Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
    }
}
