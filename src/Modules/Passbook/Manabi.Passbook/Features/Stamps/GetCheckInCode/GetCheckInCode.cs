using Manabi.BuildingBlocks.Contracts;
using Manabi.Passbook.Domain;
using Mediator;

namespace Manabi.Passbook.Features.Stamps.GetCheckInCode;

/// <summary>The code a venue shows now, and until when it is good.</summary>
public sealed record CheckInCodeResponse(Guid SessionId, string Code, DateTimeOffset ValidUntil, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);

internal sealed record GetCheckInCodeQuery(Guid SessionId, Guid? CallerProviderId) : IQuery<CheckInCodeResponse>;

internal sealed class GetCheckInCodeHandler(StampRecorder recorder, CheckInCode codes, TimeProvider clock) : IQueryHandler<GetCheckInCodeQuery, CheckInCodeResponse>
{
    public async ValueTask<CheckInCodeResponse> Handle(GetCheckInCodeQuery q, CancellationToken cancellationToken)
    {
        var (session, programme) = await recorder.FindAsync(q.SessionId, cancellationToken);
        if (q.CallerProviderId is { } own && own != programme.ProviderId)
        {
            throw StampErrors.SessionNotFound();
        }
        var (code, validUntil) = codes.Current(session.SessionId, clock.GetUtcNow());
        return new(session.SessionId, code, JapanTime.Of(validUntil), JapanTime.Of(session.StartsAt - CheckInCode.OpensBefore), JapanTime.Of(session.EndsAt + CheckInCode.ClosesAfter));
    }
}
