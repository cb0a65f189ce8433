using System.Text.Json;
using System.Text.Json.Serialization;
using Manabi.BuildingBlocks.Contracts;

namespace Manabi.BuildingBlocks.Messaging;

internal static class IntegrationEventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    // The full type name, not the assembly-qualified one, so messages survive assembly version bumps.
    public static string TypeName(Type eventType) => eventType.FullName!;

    public static string Serialize(IntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public static IntegrationEvent Deserialize(string payload, Type eventType) =>
        (IntegrationEvent)(JsonSerializer.Deserialize(payload, eventType, Options)
            ?? throw new JsonException($"Empty payload for {eventType.Name}."));
}
