namespace Manabi.Passbook.Features.Stamps.RecordStamp;

/// <summary>Record that a passbook holder attended a session (the provider's system or staff).</summary>
/// <param name="PassbookNumber">The number on the card, with or without hyphens.</param>
/// <param name="SessionId">The Catalog session attended.</param>
public sealed record RecordStampRequest(string? PassbookNumber, Guid? SessionId)
{
    internal RecordStampCommand ToCommand(Guid? callerProviderId, string recordedBy) => new(PassbookNumber, SessionId, callerProviderId, recordedBy);
}
