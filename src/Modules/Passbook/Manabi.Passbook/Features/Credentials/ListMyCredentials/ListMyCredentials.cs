using FluentValidation;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Credentials.ListMyCredentials;

internal sealed record ListMyCredentialsQuery(string Subject) : IQuery<IReadOnlyList<CredentialResponse>>;

internal sealed class ListMyCredentialsHandler(PassbookDbContext db) : IQueryHandler<ListMyCredentialsQuery, IReadOnlyList<CredentialResponse>>
{
    public async ValueTask<IReadOnlyList<CredentialResponse>> Handle(ListMyCredentialsQuery q, CancellationToken cancellationToken) =>
        await db.Credentials.AsNoTracking()
            .Where(c => db.Learners.Any(l => l.Id == c.LearnerId && l.Subject == q.Subject))
            .OrderBy(c => c.IssuedAt)
            .Select(c => new CredentialResponse(c.Id, c.Kind, c.Token, c.IssuedAt, c.RevokedAt))
            .ToListAsync(cancellationToken);
}
