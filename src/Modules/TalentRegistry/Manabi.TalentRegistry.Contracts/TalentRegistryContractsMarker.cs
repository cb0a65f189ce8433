namespace Manabi.TalentRegistry.Contracts;

/// <summary>Anchors this Contracts assembly for registration (its integration events are found through it).</summary>
public sealed class TalentRegistryContractsMarker;
