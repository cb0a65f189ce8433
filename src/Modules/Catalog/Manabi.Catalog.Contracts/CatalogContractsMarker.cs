namespace Manabi.Catalog.Contracts;

/// <summary>Anchors this Contracts assembly for registration (its integration events are found through it).</summary>
public sealed class CatalogContractsMarker;
