using Manabi.BuildingBlocks.Contracts;
using System.Security.Claims;
using Manabi.BuildingBlocks.Security;
using Manabi.SchoolCommunityCoordination.Data;
using Manabi.TalentRegistry.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.SchoolCommunityCoordination.Features.Coordinators;

/// <summary>
/// The districts a caller may see and change: every district for staff; for a coordinator, the
/// districts of their commissions running today (their login is a TalentRegistry person's). A
/// coordinator without a running commission sees none.
/// </summary>
internal sealed record CoordinatorScope(IReadOnlySet<Guid>? Districts)
{
    public static readonly CoordinatorScope Staff = new((IReadOnlySet<Guid>?)null);

    public bool Covers(Guid districtId) => Districts is null || Districts.Contains(districtId);

    public static async Task<CoordinatorScope> OfAsync(Caller caller, ISender sender, SchoolCommunityCoordinationDbContext db, DateOnly today,
        CancellationToken cancellationToken)
    {
        if (caller.IsStaff)
        {
            return Staff;
        }
        if (await sender.Send(new FindPersonByLoginQuery(caller.Subject), cancellationToken) is not { } person)
        {
            return new(new HashSet<Guid>());
        }
        // A person holds a handful of commissions: the period rule stays in the domain, applied here.
        var commissions = await db.Commissions.AsNoTracking().Where(c => c.PersonId == person.PersonId).ToListAsync(cancellationToken);
        return new(commissions.Where(c => c.RunsOn(today)).SelectMany(c => c.DistrictIds).ToHashSet());
    }
}

/// <summary>Who is asking, as the token says: their login and whether they are staff.</summary>
internal sealed record Caller(string Subject, bool IsStaff)
{
    public static Caller Of(ClaimsPrincipal user) => new(user.LoginSubject(), user.IsInRole(Roles.Staff));
}

/// <summary>Resolves a caller's <see cref="CoordinatorScope"/> as of today in Japan, for every use case that needs one.</summary>
internal sealed class CoordinatorScopes(SchoolCommunityCoordinationDbContext db, ISender sender, TimeProvider clock)
{
    public Task<CoordinatorScope> OfAsync(Caller caller, CancellationToken cancellationToken) =>
        CoordinatorScope.OfAsync(caller, sender, db, JapanTime.DateOf(clock.GetUtcNow()), cancellationToken);
}
