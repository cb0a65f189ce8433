namespace Manabi.Passbook.Features.Stamps.RecordStamp;

/// <summary>Record that a passbook holder attended a session (the provider's system or staff).</summary>
/// <param name="PassbookNumber">The number on the card, with or without hyphens (typed at the door).</param>
/// <param name="SessionId">The Catalog session attended.</param>
/// <param name="CardPayload">Instead of the number: the text of the QR code printed on the card (<c>MNBPB1.…</c>), as a scanner reads it. Its signature proves the card was issued here.</param>
public sealed record RecordStampRequest(string? PassbookNumber, Guid? SessionId, string? CardPayload = null)
{
    internal RecordStampCommand ToCommand(Guid? callerProviderId, string recordedBy) => new(PassbookNumber, SessionId, callerProviderId, recordedBy, CardPayload);
}
