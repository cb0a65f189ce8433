using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Messaging;
using Manabi.BuildingBlocks.Security;

namespace Manabi.Api.Setup;

/// <summary>Operations endpoints of the host itself (not of a module), for city IT and staff.</summary>
internal static class OperationsEndpoints
{
    public static void MapOperationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/operations").WithTags("Operations").WithMetadata(new ModuleMetadata("Operations"));

        group.MapGet("/outbox/parked", async (ParkedMessages parked, CancellationToken ct) => Results.Ok(await parked.ListAsync(ct)))
            .WithName("ListParkedMessages")
            .WithSummary("List parked integration events")
            .WithDescription("Messages whose delivery failed `Outbox:MaxAttempts` times, per module, with the last error. Up to 500 per module.")
            .RequireAuthorization(Policies.Staff)
            .Produces<IReadOnlyList<ParkedMessage>>()
            .ProducesAuthProblems();

        group.MapPost("/outbox/{module:maxlength(40)}/{id:guid}/retry", async (string module, Guid id, ParkedMessages parked, CancellationToken ct) =>
                await parked.RetryAsync(module, id, ct)
                    ? Results.Accepted()
                    : throw new NotFoundException(new Text("指定された保留メッセージは見つかりません。", "No such parked message.")))
            .WithName("RetryParkedMessage")
            .WithSummary("Deliver a parked integration event again")
            .WithDescription("After the consumer's fault is fixed. Consumers that already applied it skip it, so retrying is always safe.")
            .RequireAuthorization(Policies.Staff)
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
    }
}
