using Manabi.TalentRegistry.Domain;

namespace Manabi.TalentRegistry.Features.Leaders;

/// <summary>A ひと・まちづくりリーダー certification and its credential.</summary>
/// <param name="Id">The certification; also its credential's id (<c>urn:uuid:…</c>).</param>
/// <param name="Number">Certificate number, e.g. 2026-0003.</param>
/// <param name="PersonId">The leader.</param>
/// <param name="TrainingId">The training they completed.</param>
/// <param name="CertifiedOn">Date of certification.</param>
/// <param name="Status"><c>valid</c> or <c>revoked</c>.</param>
/// <param name="RevokedAt">When it was revoked.</param>
/// <param name="RevocationReason">Why.</param>
/// <param name="Credential">The Open Badges 3.0 credential as a signed VC-JWT, to present to anyone; null for demo data and after the person's data was erased.</param>
public sealed record CertificationResponse(
    Guid Id, string Number, Guid PersonId, Guid TrainingId, DateOnly CertifiedOn, string Status, DateTimeOffset? RevokedAt, string? RevocationReason,
    string? Credential)
{
    internal static CertificationResponse From(LeaderCertification c) => new(
        c.Id, c.Number, c.PersonId, c.TrainingId, c.CertifiedOn, c.RevokedAt is null ? "valid" : "revoked", c.RevokedAt, c.RevocationReason, c.Token);
}
