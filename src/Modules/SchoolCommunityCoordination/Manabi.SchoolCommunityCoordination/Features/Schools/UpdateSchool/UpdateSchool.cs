using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Mediator;

namespace Manabi.SchoolCommunityCoordination.Features.Schools.UpdateSchool;

/// <summary>Staff correct a school: its name, kind, district, opening or closing.</summary>
internal sealed record UpdateSchoolCommand(Guid Id, string? Name, SchoolKind? Kind, Guid? DistrictId, DateOnly? OpensOn, DateOnly? ClosesOn)
    : ICommand<SchoolResponse>, ISchoolFields;

internal sealed class UpdateSchoolValidator : SchoolFieldsValidator<UpdateSchoolCommand>;

internal sealed class UpdateSchoolHandler(SchoolCommunityCoordinationDbContext db) : ICommandHandler<UpdateSchoolCommand, SchoolResponse>
{
    public async ValueTask<SchoolResponse> Handle(UpdateSchoolCommand c, CancellationToken cancellationToken)
    {
        var school = await SchoolAccess.ByIdAsync(db, c.Id, cancellationToken);
        await SchoolDistricts.RequireAsync(db, c.DistrictId!.Value, cancellationToken);
        school.Revise(c.Name!, c.Kind!.Value, c.DistrictId.Value, c.OpensOn, c.ClosesOn);
        db.Publish(SchoolChanges.Of(school));
        await db.SaveChangesAsync(cancellationToken);
        return SchoolResponse.From(school);
    }
}
