using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Data;
using Manabi.Catalog.Domain;
using Manabi.Catalog.Features.Opportunities;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Catalog.Features.DeliveryLectures;

/// <summary>A topic on the delivery-lecture menu.</summary>
/// <param name="Id">Topic id.</param>
/// <param name="Title">Title.</param>
/// <param name="Description">What the lecture covers.</param>
/// <param name="FieldCode">Field.</param>
/// <param name="Instructors">Who teaches it.</param>
/// <param name="DurationMinutes">Length of the lecture.</param>
/// <param name="MinimumGroupSize">Fewest participants a request must expect.</param>
/// <param name="LeadTimeDays">Days needed between request and lecture.</param>
/// <param name="OnlinePossible">Can be given online.</param>
/// <param name="Active">On the menu now.</param>
public sealed record LectureTopicResponse(
    Guid Id, string Title, string Description, string FieldCode, IReadOnlyList<InstructorResponse> Instructors,
    int DurationMinutes, int MinimumGroupSize, int LeadTimeDays, bool OnlinePossible, bool Active)
{
    internal static LectureTopicResponse From(LectureTopic t) => new(t.Id, t.Title, t.Description, t.FieldCode,
        t.Instructors.Select(i => new InstructorResponse(i.Name, i.Kind, i.PersonId)).ToList(),
        t.DurationMinutes, t.MinimumGroupSize, t.LeadTimeDays, t.OnlinePossible, t.Active);
}

/// <summary>Add a topic to the menu, or replace one (staff).</summary>
/// <param name="Title">Title.</param>
/// <param name="Description">What the lecture covers.</param>
/// <param name="FieldCode">Field code.</param>
/// <param name="Instructors">Who teaches it (1 to 10).</param>
/// <param name="DurationMinutes">Length, 15 to 480 minutes.</param>
/// <param name="MinimumGroupSize">Fewest participants, 1 or more.</param>
/// <param name="LeadTimeDays">Days needed between request and lecture, 0 to 365.</param>
/// <param name="OnlinePossible">Can be given online.</param>
/// <param name="Active">On the menu (default true).</param>
public sealed record SaveLectureTopicCommand(
    string? Title, string? Description, string? FieldCode, IReadOnlyList<InstructorInput>? Instructors,
    int? DurationMinutes, int? MinimumGroupSize, int? LeadTimeDays, bool OnlinePossible, bool? Active) : ICommand<Versioned<LectureTopicResponse>>
{
    [System.Text.Json.Serialization.JsonIgnore] internal Guid? Id { get; init; }
    [System.Text.Json.Serialization.JsonIgnore] internal uint? ExpectedVersion { get; init; }
}

internal sealed class SaveLectureTopicValidator : AbstractValidator<SaveLectureTopicCommand>
{
    public SaveLectureTopicValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200).Named("タイトル", "title");
        RuleFor(c => c.Description).NotEmpty().MaximumLength(5000).Named("内容", "description");
        RuleFor(c => c.FieldCode).NotEmpty().Named("分野", "fieldCode");
        RuleFor(c => c.Instructors).NotEmpty().Must(i => i!.Count <= 10).Named("講師", "instructors");
        RuleForEach(c => c.Instructors).NotNull().Named("講師", "instructors").ChildRules(i =>
        {
            i.RuleFor(x => x.Name).NotEmpty().MaximumLength(100).Named("講師名", "name");
            i.RuleFor(x => x.Kind).NotNull().IsInEnum().Named("講師の区分", "kind");
        });
        RuleFor(c => c.DurationMinutes).NotNull().InclusiveBetween(15, 480).Named("所要時間", "durationMinutes");
        RuleFor(c => c.MinimumGroupSize).NotNull().InclusiveBetween(1, 1000).Named("最少人数", "minimumGroupSize");
        RuleFor(c => c.LeadTimeDays).NotNull().InclusiveBetween(0, 365).Named("申込期限（日前）", "leadTimeDays");
    }
}

internal sealed class SaveLectureTopicHandler(CatalogDbContext db, TimeProvider clock) : ICommandHandler<SaveLectureTopicCommand, Versioned<LectureTopicResponse>>
{
    public async ValueTask<Versioned<LectureTopicResponse>> Handle(SaveLectureTopicCommand c, CancellationToken cancellationToken)
    {
        if (!await db.Fields.AnyAsync(f => f.Code == c.FieldCode, cancellationToken))
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("FieldCode",
                new Text($"分野コード「{c.FieldCode}」はありません。", $"Unknown field code '{c.FieldCode}'.").Current)]);
        }
        var details = new LectureTopicDetails(c.Title!, c.Description!, c.FieldCode!,
            [.. c.Instructors!.Select(i => new Instructor(i.Name!.Trim(), i.Kind!.Value, i.PersonId))],
            c.DurationMinutes!.Value, c.MinimumGroupSize!.Value, c.LeadTimeDays!.Value, c.OnlinePossible, c.Active ?? true);
        LectureTopic topic;
        if (c.Id is { } id)
        {
            topic = await db.LectureTopics.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw LectureErrors.TopicNotFound();
            if (c.ExpectedVersion is { } expected)
            {
                if (topic.Version != expected) throw new PreconditionFailedException();
                db.Entry(topic).Property(t => t.Version).OriginalValue = expected;
            }
            topic.Update(details);
        }
        else
        {
            topic = LectureTopic.Create(details, clock.GetUtcNow());
            db.LectureTopics.Add(topic);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new(LectureTopicResponse.From(topic), topic.Version);
    }
}

internal sealed record ListLectureTopicsQuery(bool IncludeInactive) : IQuery<IReadOnlyList<LectureTopicResponse>>;

internal sealed class ListLectureTopicsHandler(CatalogDbContext db) : IQueryHandler<ListLectureTopicsQuery, IReadOnlyList<LectureTopicResponse>>
{
    public async ValueTask<IReadOnlyList<LectureTopicResponse>> Handle(ListLectureTopicsQuery query, CancellationToken cancellationToken) =>
        (await db.LectureTopics.AsNoTracking().Where(t => query.IncludeInactive || t.Active)
            .OrderBy(t => t.FieldCode).ThenBy(t => t.Title).ThenBy(t => t.Id).ToListAsync(cancellationToken))
        .ConvertAll(LectureTopicResponse.From);
}

internal static class LectureErrors
{
    public static NotFoundException TopicNotFound() => new(new Text("指定された講座メニューは見つかりません。", "No such lecture topic."));

    public static NotFoundException RequestNotFound() => new(new Text("指定された申込は見つかりません。", "No such lecture request."));
}

internal static class LectureTopicEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/delivery-lectures/topics", async (ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListLectureTopicsQuery(false), ct)))
            .WithName("ListLectureTopics")
            .WithSummary("The delivery-lecture menu (千歳学出前講座)")
            .WithDescription("Public: topics citizens, businesses and city staff offer to teach to groups on request.")
            .AllowAnonymous()
            .Produces<IReadOnlyList<LectureTopicResponse>>();
        group.MapPost("/delivery-lectures/topics", async (SaveLectureTopicCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var topic = await sender.Send(command, ct);
                return VersionedResults.Created(response, topic, $"/api/v1/catalog/delivery-lectures/topics/{topic.Value.Id}");
            })
            .WithName("AddLectureTopic")
            .WithSummary("Add a topic to the delivery-lecture menu")
            .WithDescription("Staff. Honours `Idempotency-Key`.")
            .RequireAuthorization(Policies.Staff)
            .Idempotent()
            .Produces<LectureTopicResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesAuthProblems();
        group.MapPut("/delivery-lectures/topics/{id:guid}", async (Guid id, SaveLectureTopicCommand command, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                return VersionedResults.Ok(request.HttpContext.Response, await sender.Send(command with { Id = id, ExpectedVersion = ETags.RequireIfMatch(request) }, ct));
            })
            .WithName("UpdateLectureTopic")
            .WithSummary("Update a delivery-lecture topic")
            .WithDescription("Staff; requires `If-Match`. Set `active` to false to take it off the menu.")
            .RequireAuthorization(Policies.Staff)
            .Idempotent()
            .Produces<LectureTopicResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .ProducesAuthProblems();
    }
}
