using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Contracts;
using Manabi.Catalog.Contracts;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Domain;
using Manabi.TalentRegistry.Features.People;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.TalentRegistry.Features.Groups.FormLearningGroup;

/// <summary>Staff register a group that formed after a board course.</summary>
internal sealed record FormLearningGroupCommand(
    string? Name, Guid? CourseOpportunityId, DateOnly? FormedOn, string? RepresentativeName, string? RepresentativeContact, int? MemberCount,
    IReadOnlyList<string>? Fields) : ICommand<LearningGroupResponse>;

internal sealed class FormLearningGroupValidator : AbstractValidator<FormLearningGroupCommand>
{
    public FormLearningGroupValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200).Named("グループ名", "name");
        RuleFor(c => c.CourseOpportunityId).NotEmpty().Named("もとになった講座", "courseOpportunityId");
        RuleFor(c => c.FormedOn).NotNull().LessThanOrEqualTo(_ => clock.Today()).Named("結成日", "formedOn");
        RuleFor(c => c.RepresentativeName).NotEmpty().MaximumLength(100).Named("代表者", "representativeName");
        RuleFor(c => c.RepresentativeContact).MaximumLength(254).Named("代表者の連絡先", "representativeContact");
        RuleFor(c => c.MemberCount).NotNull().InclusiveBetween(2, 1000).Named("会員数", "memberCount");
        RuleFor(c => c.Fields).MaxItems(10).Named("分野", "fields");
        RuleForEach(c => c.Fields).NotEmpty().MaximumLength(80).Named("分野", "fields");
    }
}

internal sealed class FormLearningGroupHandler(TalentRegistryDbContext db, ISender sender, FieldCatalog fields, TimeProvider clock)
    : ICommandHandler<FormLearningGroupCommand, LearningGroupResponse>
{
    public async ValueTask<LearningGroupResponse> Handle(FormLearningGroupCommand c, CancellationToken cancellationToken)
    {
        await fields.RequireKnownAsync(sender, c.Fields, cancellationToken);
        var course = await sender.Send(new GetBoardCourseQuery(c.CourseOpportunityId!.Value), cancellationToken);
        if (course is not { BoardRun: true } and not { BoardBrokered: true })
        {
            throw GroupErrors.NotABoardCourse();
        }
        if (course.LastSessionEndsAt is { } ends && JapanTime.DateOf(ends) > c.FormedOn)
        {
            throw GroupErrors.CourseNotEnded();
        }
        if (await db.LearningGroups.AnyAsync(g => g.Name == c.Name!.Trim(), cancellationToken))
        {
            throw GroupErrors.NameTaken();
        }
        var group = LearningGroup.Form(c.Name!, course.OpportunityId, c.FormedOn!.Value, c.RepresentativeName!, c.RepresentativeContact,
            c.MemberCount!.Value, c.Fields ?? [], clock.GetUtcNow());
        db.LearningGroups.Add(group);
        db.Publish(new LearningGroupFormedIntegrationEvent(group.Id, group.CourseOpportunityId, group.FormedOn));
        await db.SaveChangesAsync(cancellationToken);
        return LearningGroupResponse.From(group);
    }
}
