using FluentValidation;
using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.DeliveryLectures.TrackLectureRequest;

/// <summary>A group follows (or cancels) its own request with its tracking code.</summary>
internal sealed record TrackLectureRequestQuery(Guid Id, string? Code) : IQuery<LectureRequestStatusResponse>;

internal sealed class TrackLectureRequestValidator : AbstractValidator<TrackLectureRequestQuery>
{
    public TrackLectureRequestValidator() => RuleFor(q => q.Code).NotEmpty().MaximumLength(64).WithName("code");
}

internal sealed class TrackLectureRequestHandler(CatalogDbContext db) : IQueryHandler<TrackLectureRequestQuery, LectureRequestStatusResponse>
{
    public async ValueTask<LectureRequestStatusResponse> Handle(TrackLectureRequestQuery query, CancellationToken cancellationToken)
    {
        var request = await TrackingCode.FindAsync(db, query.Id, query.Code!, cancellationToken);
        var title = await db.LectureTopics.Where(t => t.Id == request.TopicId).Select(t => t.Title).SingleAsync(cancellationToken);
        return new(request.Id, title, request.Status, JapanTime.Of(request.ScheduledAt), request.Place, request.Reason);
    }
}
