using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Credentials.IssueLearningHistoryCredential;

internal sealed record IssueHistoryCredentialCommand(string Subject, string BaseUrl) : ICommand<CredentialResponse>;

internal sealed class IssueHistoryCredentialValidator : AbstractValidator<IssueHistoryCredentialCommand>
{
    public IssueHistoryCredentialValidator() => RuleFor(c => c.Subject).NotEmpty();
}

internal sealed class IssueHistoryCredentialHandler(PassbookDbContext db, CredentialIssuer issuer) : ICommandHandler<IssueHistoryCredentialCommand, CredentialResponse>
{
    public async ValueTask<CredentialResponse> Handle(IssueHistoryCredentialCommand c, CancellationToken cancellationToken)
    {
        var learner = await db.Learners.AsNoTracking().SingleOrDefaultAsync(l => l.Subject == c.Subject, cancellationToken)
            ?? throw new NotFoundException(new Text("学習手帳が見つかりません。", "No such passbook."));
        var counting = db.Stamps.Where(s => s.LearnerId == learner.Id && s.VoidedAt == null);
        var credential = await issuer.IssueForHistoryAsync(learner, await counting.SumAsync(s => s.Credits, cancellationToken),
            await counting.CountAsync(cancellationToken), c.BaseUrl, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new(credential.Id, credential.Kind, credential.Token, credential.IssuedAt, null);
    }
}
