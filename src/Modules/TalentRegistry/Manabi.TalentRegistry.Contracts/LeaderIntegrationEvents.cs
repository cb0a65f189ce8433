using Manabi.BuildingBlocks.Contracts;

namespace Manabi.TalentRegistry.Contracts;

/// <summary>Staff certified a ひと・まちづくりリーダー after their training (24-1 counts certified leaders cumulatively).</summary>
public sealed record LeaderCertifiedIntegrationEvent(Guid CertificationId, Guid PersonId, Guid TrainingId, DateOnly CertifiedOn) : IntegrationEvent;

/// <summary>A leader certification was revoked: it no longer counts, and its credential's status is revoked.</summary>
public sealed record LeaderCertificationRevokedIntegrationEvent(Guid CertificationId, Guid PersonId, DateOnly CertifiedOn, DateTimeOffset RevokedAt) : IntegrationEvent;
