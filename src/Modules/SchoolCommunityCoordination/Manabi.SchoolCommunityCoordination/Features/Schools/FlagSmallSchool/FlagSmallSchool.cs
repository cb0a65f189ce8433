using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.SchoolCommunityCoordination.Data;
using Mediator;

namespace Manabi.SchoolCommunityCoordination.Features.Schools.FlagSmallSchool;

/// <summary>Staff flag a school small (小規模校) for one fiscal year, with the reason, or clear the flag.</summary>
internal sealed record FlagSmallSchoolCommand(Guid Id, int FiscalYear, bool? Small, string? Reason) : ICommand<SchoolResponse>;

internal sealed class FlagSmallSchoolValidator : AbstractValidator<FlagSmallSchoolCommand>
{
    public FlagSmallSchoolValidator()
    {
        RuleFor(c => c.Small).NotNull().Named("小規模校か", "small");
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Small == true).MaximumLength(200).Named("理由", "reason");
    }
}

internal sealed class FlagSmallSchoolHandler(SchoolCommunityCoordinationDbContext db) : ICommandHandler<FlagSmallSchoolCommand, SchoolResponse>
{
    public async ValueTask<SchoolResponse> Handle(FlagSmallSchoolCommand c, CancellationToken cancellationToken)
    {
        var school = await SchoolAccess.ByIdAsync(db, c.Id, cancellationToken);
        school.FlagSmall(c.FiscalYear, c.Small == true ? c.Reason : null);
        db.Publish(SchoolChanges.Of(school));
        await db.SaveChangesAsync(cancellationToken);
        return SchoolResponse.From(school);
    }
}
