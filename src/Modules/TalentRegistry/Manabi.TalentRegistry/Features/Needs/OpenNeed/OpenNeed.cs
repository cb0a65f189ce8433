using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Manabi.TalentRegistry.Features.People;
using Mediator;

namespace Manabi.TalentRegistry.Features.Needs.OpenNeed;

/// <summary>
/// A need for people: opened by staff on a group's, a school's or the board's request, or asked by a
/// citizen group's or NPO's representative through the site (<paramref name="OwnerSubject"/>, their login),
/// who then follows its status.
/// </summary>
internal sealed record OpenNeedCommand(
    string? Title, NeedRequester? Requester, string? RequesterName, TalentRole? Role, IReadOnlyList<string>? Fields, string? Area,
    IReadOnlyList<DateOnly>? Dates, TimeBand? Band, int? PeopleNeeded, bool? OnlinePossible, string? OwnerSubject = null) : ICommand<NeedResponse>;

internal sealed class OpenNeedValidator : AbstractValidator<OpenNeedCommand>
{
    public OpenNeedValidator(TimeProvider clock)
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200).Named("依頼の名前", "title");
        RuleFor(c => c.Requester).NotNull().IsInEnum().Named("依頼元の種類", "requester");
        RuleFor(c => c.Requester).Must(r => r is NeedRequester.CitizenGroup or NeedRequester.Npo).When(c => c.OwnerSubject is not null)
            .Named("依頼元の種類", "requester")
            .Says("サイトからの依頼は、市民団体（CitizenGroup）か NPO（Npo）としてお送りください。", "A request through the site comes from a CitizenGroup or an Npo.");
        RuleFor(c => c.RequesterName).NotEmpty().MaximumLength(200).Named("依頼元", "requesterName");
        RuleFor(c => c.Role).NotNull().IsInEnum().Named("求める役割", "role");
        RuleFor(c => c.Fields).MaxItems(10).Named("分野", "fields");
        RuleForEach(c => c.Fields).NotEmpty().MaximumLength(80).Named("分野", "fields");
        RuleFor(c => c.Area).MaximumLength(50).Named("地区", "area");
        RuleFor(c => c.Dates).NotEmpty().MaxItems(31).Named("日程", "dates");
        RuleForEach(c => c.Dates).GreaterThanOrEqualTo(_ => clock.Today()).Named("日程", "dates")
            .Says("日程は今日以降の日付にしてください。", "Dates must be today or later.");
        RuleFor(c => c.Band).NotNull().IsInEnum().Named("時間帯", "band");
        RuleFor(c => c.PeopleNeeded).NotNull().InclusiveBetween(1, 100).Named("人数", "peopleNeeded");
    }
}

internal sealed class OpenNeedHandler(TalentRegistryDbContext db, ISender sender, FieldCatalog fields, TimeProvider clock) : ICommandHandler<OpenNeedCommand, NeedResponse>
{
    public async ValueTask<NeedResponse> Handle(OpenNeedCommand c, CancellationToken cancellationToken)
    {
        await fields.RequireKnownAsync(sender, c.Fields, cancellationToken);
        var need = Need.Open(c.Title!, c.Requester!.Value, c.RequesterName!, c.Role!.Value, c.Fields ?? [], c.Area, c.Dates!, c.Band!.Value,
            c.PeopleNeeded!.Value, c.OnlinePossible ?? false, clock.GetUtcNow(), c.OwnerSubject);
        db.Needs.Add(need);
        await db.SaveChangesAsync(cancellationToken);
        return NeedResponse.From(need);
    }
}
