using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Schools.RegisterSchool;

internal sealed record RegisterSchoolCommand(string? Code, string? Name, SchoolKind? Kind, Guid? DistrictId, DateOnly? OpensOn, DateOnly? ClosesOn)
    : ICommand<SchoolResponse>, ISchoolFields;

internal sealed class RegisterSchoolValidator : SchoolFieldsValidator<RegisterSchoolCommand>
{
    public RegisterSchoolValidator() => RuleFor(c => c.Code).NotEmpty().MaximumLength(50).Matches("^[a-z0-9-]+$").Named("コード", "code")
        .Says("コードは半角の英小文字・数字・ハイフンで入力してください。", "code uses lower-case letters, digits and hyphens.");
}

internal sealed class RegisterSchoolHandler(SchoolCommunityCoordinationDbContext db, TimeProvider clock) : ICommandHandler<RegisterSchoolCommand, SchoolResponse>
{
    public async ValueTask<SchoolResponse> Handle(RegisterSchoolCommand c, CancellationToken cancellationToken)
    {
        await SchoolDistricts.RequireAsync(db, c.DistrictId!.Value, cancellationToken);
        if (await db.Schools.AnyAsync(s => s.Code == c.Code, cancellationToken))
        {
            throw SchoolErrors.CodeTaken();
        }
        var school = School.Register(c.Code!, c.Name!, c.Kind!.Value, c.DistrictId.Value, c.OpensOn, c.ClosesOn, clock.GetUtcNow());
        db.Schools.Add(school);
        db.Publish(SchoolChanges.Of(school));
        await db.SaveChangesAsync(cancellationToken);
        return SchoolResponse.From(school);
    }
}
