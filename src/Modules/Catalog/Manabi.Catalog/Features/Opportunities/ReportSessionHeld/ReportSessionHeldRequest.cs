namespace Manabi.Catalog.Features.Opportunities.ReportSessionHeld;

/// <summary>Report that a session took place, with how many took part. Reporting again corrects the count.</summary>
/// <param name="Participants">People who took part (0 to 100,000).</param>
public sealed record ReportSessionHeldRequest(int? Participants)
{
    internal ReportSessionHeldCommand ToCommand(Guid providerId, string externalId, string sessionExternalId, Guid? callerProviderId) =>
        new(providerId, externalId, sessionExternalId, Participants, callerProviderId);
}
