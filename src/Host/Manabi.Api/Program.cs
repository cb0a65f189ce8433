using System.Text.Json.Serialization;
using Manabi.Api.Setup;
using Manabi.BuildingBlocks;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Credentials;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Idempotency;
using Manabi.Catalog;
using Manabi.Catalog.Contracts;
using Manabi.Indicators;
using Manabi.Passbook;
using Manabi.SchoolCommunityCoordination;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.TalentRegistry;
using Manabi.TalentRegistry.Contracts;
using Manabi.BuildingBlocks.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

// Container health check without curl in the image: exit 0 when this replica is ready.
if (args is ["--health-probe", ..])
{
    using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
    var url = Environment.GetEnvironmentVariable("MANABI_HEALTH_URL") ?? "http://127.0.0.1:8080/health/ready";
    try
    {
        return (await probe.GetAsync(url)).IsSuccessStatusCode ? 0 : 1;
    }
    catch (HttpRequestException)
    {
        return 1;
    }
}

// The slim builder: the full one also sets up IIS, HTTPS and HTTP/3 in Kestrel, and hosting-startup
// assemblies, none of which a replica behind the proxy uses; each is code loaded into every replica.
var builder = WebApplication.CreateSlimBuilder(args);

if (args is ["dev-token", ..])
{
    return DevTokens.Print(builder.Configuration, builder.Environment, args);
}

builder.AddManabiLogging();
builder.AddManabiHttp();
builder.AddManabiTelemetry();

builder.Services.AddBuildingBlocks(builder.Configuration);
builder.Services
    .AddCatalogModule()
    .AddPassbookModule(builder.Configuration)
    .AddTalentRegistryModule(builder.Configuration)
    .AddSchoolCommunityCoordinationModule(builder.Configuration)
    .AddIndicatorsModule(builder.Configuration)
    .AddSeederTypes();

// Only the host runs the source generator; it sees the handlers of exactly these assemblies. The
// generator rejects assemblies without messages, so a module joins this list with its first handler.
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies =
    [
        typeof(CatalogModule), typeof(CatalogContractsMarker),
        typeof(IndicatorsModule),
        typeof(PassbookModule),
        typeof(SchoolCommunityCoordinationModule), typeof(SchoolCommunityCoordinationContractsMarker),
        typeof(TalentRegistryModule), typeof(TalentRegistryContractsMarker),
    ];
    // Outermost first: log → validate → one transaction per command.
    options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
});

builder.AddManabiAuth();
builder.Services.AddManabiRateLimiting(builder.Configuration);
builder.Services.AddManabiProblemDetails();
builder.Services.AddManabiCors(builder.Configuration);
builder.Services.AddManabiOpenApi();
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    json.SerializerOptions.Converters.Add(new SafeStringConverter());
    json.SerializerOptions.Converters.Add(new JapanTimeJsonConverter());
    // What the document says (additionalProperties: false): a misspelt or unknown member is a 400
    // naming it, not silently ignored.
    json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
});
builder.Services.AddRequestLocalization(options => options
    .SetDefaultCulture("ja").AddSupportedCultures("ja", "en").AddSupportedUICultures("ja", "en"));
if (builder.Configuration.GetValue("Demo:SeedOnStartup", false))
{
    builder.Services.AddHostedService<DemoDataSeeding>();
}
builder.Services.AddHealthChecks()
    .AddCheck<PostgresHealthCheck>("postgresql", tags: ["ready"])
    .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"])
    .AddCheck<OutboxHealthCheck>("outbox", tags: ["ready"]);

var app = builder.Build();

if (!StartupChecks.ConfigurationIsValid(app.Services, Console.Error))
{
    return StartupChecks.InvalidConfiguration;
}
// Migrating is the one start-up step that needs PostgreSQL: wait for it there. A replica that
// does not migrate starts at once and reports not ready until PostgreSQL answers.
var migrateOnly = args is ["migrate", ..];
if (migrateOnly || app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
{
    if (!await StartupChecks.DatabaseAnswersAsync(app.Services, app.Logger, CancellationToken.None))
    {
        return StartupChecks.DatabaseUnavailable;
    }
    await DatabaseSetup.MigrateAsync(app.Services, CancellationToken.None);
    if (migrateOnly)
    {
        return 0;
    }
}

// A HEAD is routed to its GET endpoint (and answered without the body by UsePublicCaching).
app.UseHeadAsGet();
app.UseRouting();
// The client's address as the trusted proxy saw it, before anything (rate limits, logs) reads it.
app.UseTrustedForwardedHeaders();
app.UseManabiMetrics();
// Localization first: error responses written on the way out must see the request's language.
app.UseRequestLocalization();
app.UseCorrelationId();
app.UseManabiRequestLogging();
app.UseEndpointMemory();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.Use((context, next) => ControlCharacters.RefuseInRequestAsync(context, next));
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}
app.UseSecurityHeaders();
app.UseCors();
app.UseAuthentication();
app.UseRateLimiter();
app.UseRateLimitHeaders();
app.UseAuthorization();
app.UsePublicCaching();
app.UseMiddleware<IdempotencyMiddleware>();

// Partners and frontends build against the document, so it is published unless the operator
// turns it off (OpenApi:Publish=false).
if (app.Configuration.GetValue("OpenApi:Publish", true))
{
    app.UseManabiOpenApi();
}

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthJson.WriteAsync }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthJson.WriteAsync }).AllowAnonymous();
app.MapCatalogEndpoints()
    .MapPassbookEndpoints()
    .MapTalentRegistryEndpoints()
    .MapSchoolCommunityCoordinationEndpoints()
    .MapIndicatorsEndpoints();
app.MapCredentialEndpoints();
app.MapOperationsEndpoints();
app.MapDashboard();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
