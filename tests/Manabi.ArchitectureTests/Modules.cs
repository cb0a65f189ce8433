using System.Reflection;

namespace Manabi.ArchitectureTests;

/// <summary>The five modules: each a runtime assembly and a Contracts assembly.</summary>
public sealed record Module(string Name, Assembly Runtime, Assembly Contracts)
{
    public static readonly Module[] All =
    [
        new("Catalog", typeof(Catalog.CatalogModule).Assembly, typeof(Catalog.Contracts.CatalogContractsMarker).Assembly),
        new("Passbook", typeof(Passbook.PassbookModule).Assembly, typeof(Passbook.Contracts.PassbookContractsMarker).Assembly),
        new("TalentRegistry", typeof(TalentRegistry.TalentRegistryModule).Assembly, typeof(TalentRegistry.Contracts.TalentRegistryContractsMarker).Assembly),
        new("SchoolCommunityCoordination", typeof(SchoolCommunityCoordination.SchoolCommunityCoordinationModule).Assembly,
            typeof(SchoolCommunityCoordination.Contracts.SchoolCommunityCoordinationContractsMarker).Assembly),
        new("Indicators", typeof(Indicators.IndicatorsModule).Assembly, typeof(Indicators.Contracts.IndicatorsContractsMarker).Assembly),
    ];

    public static IEnumerable<object[]> Names => All.Select(m => new object[] { m.Name });

    public static Module Named(string name) => All.Single(m => m.Name == name);

    public string RootNamespace => $"Manabi.{Name}";

    public IEnumerable<Type> AllTypes => Runtime.GetTypes().Concat(Contracts.GetTypes());

    public override string ToString() => Name;
}
