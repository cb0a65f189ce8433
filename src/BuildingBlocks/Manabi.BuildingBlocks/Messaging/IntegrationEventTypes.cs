using System.Reflection;
using Manabi.BuildingBlocks.Contracts;

namespace Manabi.BuildingBlocks.Messaging;

/// <summary>Maps the type names stored in outbox rows back to the event types the Contracts define.</summary>
public sealed class IntegrationEventTypes
{
    private readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);

    public void AddFrom(Assembly contractsAssembly)
    {
        foreach (var type in contractsAssembly.GetExportedTypes())
        {
            if (!type.IsAbstract && typeof(IntegrationEvent).IsAssignableFrom(type))
            {
                _byName[IntegrationEventSerializer.TypeName(type)] = type;
            }
        }
    }

    public Type? Find(string typeName) => _byName.GetValueOrDefault(typeName);
}
