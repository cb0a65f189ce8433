using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Schools;

/// <summary>What staff fill in for a school, whether registering or correcting it.</summary>
internal interface ISchoolFields
{
    string? Name { get; }
    SchoolKind? Kind { get; }
    Guid? DistrictId { get; }
    DateOnly? OpensOn { get; }
    DateOnly? ClosesOn { get; }
}

internal abstract class SchoolFieldsValidator<T> : AbstractValidator<T> where T : ISchoolFields
{
    protected SchoolFieldsValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).Named("学校名", "name");
        RuleFor(c => c.Kind).NotNull().IsInEnum().Named("学校の種類", "kind");
        RuleFor(c => c.DistrictId).NotEmpty().Named("中学校区", "districtId");
        RuleFor(c => c.ClosesOn).GreaterThanOrEqualTo(c => c.OpensOn).When(c => c.OpensOn is not null && c.ClosesOn is not null)
            .Named("閉校日", "closesOn").Says("閉校日は開校日より後にしてください。", "closesOn cannot precede opensOn.");
    }
}

internal static class SchoolDistricts
{
    public static async Task RequireAsync(SchoolCommunityCoordinationDbContext db, Guid districtId, CancellationToken cancellationToken)
    {
        if (!await db.Districts.AnyAsync(d => d.Id == districtId, cancellationToken))
        {
            throw SchoolErrors.UnknownDistrict();
        }
    }
}
