namespace Manabi.TalentRegistry.Features.Needs.AnswerProposal;

/// <summary>The answer to a proposal.</summary>
/// <param name="Accept">true to take it on (assigned), false to decline.</param>
public sealed record AnswerProposalRequest(bool? Accept)
{
    internal AnswerProposalCommand ToCommand(Guid proposalId, string subject) => new(proposalId, subject, Accept);
}
