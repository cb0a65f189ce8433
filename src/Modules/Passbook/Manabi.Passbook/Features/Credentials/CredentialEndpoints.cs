using System.Security.Claims;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Data;
using Manabi.Passbook.Features.Learners;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Credentials;

/// <summary>A credential the learner holds: the signed VC-JWT to present, and its state.</summary>
public sealed record CredentialResponse(Guid Id, string Kind, string Token, DateTimeOffset IssuedAt, DateTimeOffset? RevokedAt);

/// <summary>Whether a credential is still good (public: verifiers call it).</summary>
public sealed record CredentialStatusResponse(Guid Id, string Status, DateTimeOffset? RevokedAt);

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
        var credential = issuer.IssueForHistory(learner, await counting.SumAsync(s => s.Credits, cancellationToken), await counting.CountAsync(cancellationToken), c.BaseUrl);
        await db.SaveChangesAsync(cancellationToken);
        return new(credential.Id, credential.Kind, credential.Token, credential.IssuedAt, null);
    }
}

internal sealed record GetCredentialStatusQuery(Guid Id) : IQuery<CredentialStatusResponse>;

internal sealed class GetCredentialStatusHandler(PassbookDbContext db) : IQueryHandler<GetCredentialStatusQuery, CredentialStatusResponse>
{
    public async ValueTask<CredentialStatusResponse> Handle(GetCredentialStatusQuery q, CancellationToken cancellationToken) =>
        await db.Credentials.AsNoTracking().Where(c => c.Id == q.Id)
            .Select(c => new CredentialStatusResponse(c.Id, c.RevokedAt == null ? "valid" : "revoked", c.RevokedAt))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(new Text("この証明書は発行されていません。", "No credential with this id was issued."));
}

/// <summary>Revoke a credential (staff).</summary>
/// <param name="Reason">Why (kept).</param>
public sealed record RevokeCredentialCommand(string? Reason) : ICommand
{
    [System.Text.Json.Serialization.JsonIgnore] internal Guid Id { get; init; }
}

internal sealed class RevokeCredentialValidator : AbstractValidator<RevokeCredentialCommand>
{
    public RevokeCredentialValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).Named("理由", "reason");
}

internal sealed class RevokeCredentialHandler(PassbookDbContext db, TimeProvider clock) : ICommandHandler<RevokeCredentialCommand>
{
    public async ValueTask<Mediator.Unit> Handle(RevokeCredentialCommand c, CancellationToken cancellationToken)
    {
        var credential = await db.Credentials.SingleOrDefaultAsync(x => x.Id == c.Id, cancellationToken)
            ?? throw new NotFoundException(new Text("この証明書は発行されていません。", "No credential with this id was issued."));
        credential.Revoke(c.Reason!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}

internal static class CredentialEndpoints
{
    public static void Map(IEndpointRouteBuilder app, IEndpointRouteBuilder group)
    {
        app.MapGet("/.well-known/jwks.json", (CredentialSigner signer, HttpResponse response) =>
            {
                response.Headers.CacheControl = "public, max-age=3600";
                return Results.Json(new { keys = new[] { signer.PublicJwk() } });
            })
            .WithName("GetCredentialKeys")
            .WithTags(PassbookModule.Name)
            .WithSummary("Public keys that sign Manabi credentials (JWKS)")
            .WithDescription("Verify a credential's VC-JWT with the key whose `kid` matches its header.")
            .AllowAnonymous();
        group.MapGet("/learners/me/credentials", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListMyCredentialsQuery(LearnerReader.Of(user).Subject), ct)))
            .WithName("ListMyCredentials")
            .WithSummary("My verifiable credentials")
            .WithDescription("Open Badges 3.0 credentials for my commendations and learning history, as signed VC-JWTs to present to anyone.")
            .RequireAuthorization(Policies.Learner)
            .Produces<IReadOnlyList<CredentialResponse>>()
            .ProducesAuthProblems();
        group.MapPost("/learners/me/credentials/learning-history", async (ClaimsPrincipal user, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var credential = await sender.Send(new IssueHistoryCredentialCommand(LearnerReader.Of(user).Subject, request.HttpContext.BaseUrl()), ct);
                return Results.Created($"/api/v1/passbook/credentials/{credential.Id}/status", credential);
            })
            .WithName("IssueLearningHistoryCredential")
            .WithSummary("Get a learning-history credential")
            .WithDescription("A signed credential of my credits and stamps so far.")
            .RequireAuthorization(Policies.Learner)
            .Produces<CredentialResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
        group.MapGet("/credentials/{id:guid}/status", async (Guid id, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetCredentialStatusQuery(id), ct)))
            .WithName("GetCredentialStatus")
            .WithSummary("Is this credential valid?")
            .WithDescription("Public: `valid` or `revoked`.")
            .AllowAnonymous()
            .Produces<CredentialStatusResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/credentials/{id:guid}/revoke", async (Guid id, RevokeCredentialCommand command, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(command with { Id = id }, ct);
                return Results.NoContent();
            })
            .WithName("RevokeCredential")
            .WithSummary("Revoke a credential")
            .WithDescription("Staff. Its status turns to `revoked` for every verifier. Revoking twice is harmless.")
            .RequireAuthorization(Policies.Staff)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
    }
}
