namespace Manabi.TalentRegistry.Features.People.SetPublicationConsent;

/// <summary>Whether the public directory may show the public profile.</summary>
/// <param name="Publish">true to consent, false to withdraw (the directory stops showing the person at once).</param>
public sealed record SetPublicationConsentRequest(bool? Publish)
{
    internal SetPublicationConsentCommand ToCommand(string subject) => new(subject, Publish);
}
