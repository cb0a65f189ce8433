namespace Manabi.TalentRegistry.Features.Needs.ProposePerson;

/// <summary>Who to propose.</summary>
/// <param name="PersonId">A person the matching lists for the need.</param>
public sealed record ProposePersonRequest(Guid? PersonId)
{
    internal ProposePersonCommand ToCommand(Guid needId) => new(needId, PersonId);
}
