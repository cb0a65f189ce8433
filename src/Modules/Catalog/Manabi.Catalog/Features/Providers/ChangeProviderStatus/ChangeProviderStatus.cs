using FluentValidation;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Features.ApiKeys.VerifyPartnerApiKey;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.Providers.ChangeProviderStatus;

/// <summary>Staff approve (or reinstate) or suspend a provider.</summary>
internal sealed record ChangeProviderStatusCommand(Guid ProviderId, ProviderStatus Status) : ICommand<ProviderResponse>;

internal sealed class ChangeProviderStatusValidator : AbstractValidator<ChangeProviderStatusCommand>
{
    public ChangeProviderStatusValidator() =>
        RuleFor(c => c.Status).Must(s => s is ProviderStatus.Approved or ProviderStatus.Suspended);
}

internal sealed class ChangeProviderStatusHandler(CatalogDbContext db, DbSession session, VerifiedKeyCache cache) : ICommandHandler<ChangeProviderStatusCommand, ProviderResponse>
{
    public async ValueTask<ProviderResponse> Handle(ChangeProviderStatusCommand command, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.SingleOrDefaultAsync(p => p.Id == command.ProviderId, cancellationToken)
            ?? throw ProviderErrors.NotFound();
        var changed = command.Status == ProviderStatus.Approved ? provider.Approve() : provider.Suspend();
        if (!changed)
        {
            return ProviderResponse.From(provider);
        }
        db.Publish(command.Status == ProviderStatus.Approved
            ? new ProviderApprovedIntegrationEvent(provider.Id, provider.Kind)
            : new ProviderSuspendedIntegrationEvent(provider.Id));
        // Its opportunities appear in (or vanish from) the public feed and search.
        await FeedChanges.RenumberProviderAsync(db, provider.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        session.AfterCommit(() => cache.ForgetProvider(provider.Id)); // a suspended provider's keys stop at once
        return ProviderResponse.From(provider);
    }
}

internal static class ChangeProviderStatusEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        MapOne(group, "approve", ProviderStatus.Approved, "ApproveProvider", "Approve a provider",
            "Its published opportunities become public. Also reinstates a suspended provider.");
        MapOne(group, "suspend", ProviderStatus.Suspended, "SuspendProvider", "Suspend a provider",
            "Its opportunities leave public search and feeds, and its API keys stop working.");
    }

    private static void MapOne(IEndpointRouteBuilder group, string action, ProviderStatus status, string name, string summary, string description) => group
        .MapPost($"/providers/{{id:guid}}/{action}", async (Guid id, ISender sender, CancellationToken ct) =>
            Results.Ok(await sender.Send(new ChangeProviderStatusCommand(id, status), ct)))
        .WithName(name)
        .WithSummary(summary)
        .WithDescription(description)
        .RequireAuthorization(Policies.Staff)
        .Produces<ProviderResponse>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesAuthProblems();
}
