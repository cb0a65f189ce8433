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
        var japan = TimeSpan.FromHours(9);
        return new(session.SessionId, code, validUntil.ToOffset(japan), (session.StartsAt - CheckInCode.OpensBefore).ToOffset(japan), (session.EndsAt + CheckInCode.ClosesAfter).ToOffset(japan));
    }
}
