namespace Manabi.BuildingBlocks.Application;

/// <summary>A handler's answer together with the row version the endpoint turns into an ETag.</summary>
public sealed record Versioned<T>(T Value, uint Version);
