namespace Manabi.BuildingBlocks.Data;

/// <summary>A module's database registration: its name, its schema and its DbContext type.</summary>
public sealed record ModuleDatabase(string Name, string Schema, Type DbContextType);
