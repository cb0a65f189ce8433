using System.Text.Json;
using System.Text.Json.Serialization;
using Manabi.BuildingBlocks.Data;
using Manabi.Indicators.Features.Plans.LoadPlan;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Manabi.Indicators.Data;

/// <summary>
/// Loads the bundled plan named by <c>Indicators:SeedPlan</c> (<c>Data/Seed/{code}.plan.json</c>) when
/// it is not there yet, through the same validated use case staff use, so the seed is a plan document
/// like any other city's. A plan already there is never overwritten: staff may have revised it.
/// </summary>
internal sealed class PlanSeeder(IndicatorsDbContext db, ISender sender, IOptions<IndicatorsOptions> options) : IReferenceDataSeeder
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static bool IsBundled(string code) => Bundled(code) is not null;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var code = options.Value.SeedPlan;
        if (string.IsNullOrEmpty(code) || await db.Plans.AnyAsync(p => p.Code == code, cancellationToken))
        {
            return;
        }
        await using var stream = Bundled(code)!;
        var document = await JsonSerializer.DeserializeAsync<LoadPlanRequest>(stream, Json, cancellationToken);
        try
        {
            await sender.Send(document!.ToCommand(code, "seed"), cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another replica starting at the same moment loaded it first.
        }
    }

    private static Stream? Bundled(string code) => typeof(PlanSeeder).Assembly.GetManifestResourceStream($"Manabi.Indicators.Data.Seed.{code}.plan.json");
}
