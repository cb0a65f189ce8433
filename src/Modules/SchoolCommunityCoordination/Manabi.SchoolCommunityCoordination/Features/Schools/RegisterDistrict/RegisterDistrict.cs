using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.SchoolCommunityCoordination.Contracts;
using Manabi.SchoolCommunityCoordination.Data;
using Manabi.SchoolCommunityCoordination.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Schools.RegisterDistrict;

internal sealed record RegisterDistrictCommand(string? Code, string? Name) : ICommand<DistrictResponse>;

internal sealed class RegisterDistrictValidator : AbstractValidator<RegisterDistrictCommand>
{
    public RegisterDistrictValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(50).Matches("^[a-z0-9-]+$").Named("コード", "code")
            .Says("コードは半角の英小文字・数字・ハイフンで入力してください。", "code uses lower-case letters, digits and hyphens.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).Named("中学校区の名前", "name");
    }
}

internal sealed class RegisterDistrictHandler(SchoolCommunityCoordinationDbContext db, TimeProvider clock) : ICommandHandler<RegisterDistrictCommand, DistrictResponse>
{
    public async ValueTask<DistrictResponse> Handle(RegisterDistrictCommand c, CancellationToken cancellationToken)
    {
        if (await db.Districts.AnyAsync(d => d.Code == c.Code, cancellationToken))
        {
            throw SchoolErrors.CodeTaken();
        }
        var district = SchoolDistrict.Register(c.Code!, c.Name!, clock.GetUtcNow());
        db.Districts.Add(district);
        db.Publish(new SchoolDistrictRegisteredIntegrationEvent(district.Id));
        await db.SaveChangesAsync(cancellationToken);
        return new(district.Id, district.Code, district.Name, []);
    }
}
