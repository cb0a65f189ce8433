using Manabi.BuildingBlocks.Contracts;

namespace Manabi.SchoolCommunityCoordination.Domain;

/// <summary>
/// A coordinator's commission (委嘱): a TalentRegistry person, the districts they serve, and the
/// period. It can end early; the districts it covered stay covered for the days it ran.
/// </summary>
internal sealed class Commission
{
    private Commission() { }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public List<Guid> DistrictIds { get; private set; } = [];
    public DateOnly From { get; private set; }

    /// <summary>Last day; null for a commission without a set end.</summary>
    public DateOnly? Until { get; private set; }

    public string? EndReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public bool IsDemo { get; private set; }

    public static Commission Commit(Guid personId, IEnumerable<Guid> districtIds, DateOnly from, DateOnly? until, DateTimeOffset now, bool isDemo = false) =>
        new() { Id = Guid.CreateVersion7(now), PersonId = personId, DistrictIds = [.. districtIds.Distinct()], From = from, Until = until, CreatedAt = now, IsDemo = isDemo };

    /// <summary>Ends it on <paramref name="lastDay"/>, only ever earlier than planned.</summary>
    public bool End(DateOnly lastDay, string reason)
    {
        if (lastDay < From || Until is { } until && until <= lastDay)
        {
            return false;
        }
        Until = lastDay;
        EndReason = reason.Trim();
        return true;
    }

    public bool RunsOn(DateOnly day) => From <= day && (Until is not { } until || day <= until);

    public bool RunsDuring(int fiscalYear)
    {
        var year = new FiscalYear(fiscalYear);
        return From <= year.LastDay && (Until is not { } until || until >= year.FirstDay);
    }
}
