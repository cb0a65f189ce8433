using Manabi.BuildingBlocks.Contracts;
using Manabi.SchoolCommunityCoordination.Contracts;

namespace Manabi.SchoolCommunityCoordination.Domain;

/// <summary>
/// A school in a district, open from one date and perhaps closed at another, and flagged small
/// (小規模校) in the fiscal years the board says so: each year's coverage uses that year's flags.
/// </summary>
internal sealed class School
{
    private School() { }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public SchoolKind Kind { get; private set; }
    public Guid DistrictId { get; private set; }
    public DateOnly? OpensOn { get; private set; }
    public DateOnly? ClosesOn { get; private set; }
    public List<SmallSchoolYear> SmallYears { get; private set; } = [];
    public bool IsDemo { get; private set; }
    public uint Version { get; private set; }

    public static School Register(string code, string name, SchoolKind kind, Guid districtId, DateOnly? opensOn, DateOnly? closesOn, DateTimeOffset now,
        bool isDemo = false)
    {
        var school = new School { Id = Guid.CreateVersion7(now), Code = code.Trim(), IsDemo = isDemo };
        school.Revise(name, kind, districtId, opensOn, closesOn);
        return school;
    }

    public void Revise(string name, SchoolKind kind, Guid districtId, DateOnly? opensOn, DateOnly? closesOn)
    {
        Name = name.Trim();
        Kind = kind;
        DistrictId = districtId;
        OpensOn = opensOn;
        ClosesOn = closesOn;
    }

    /// <summary>Flags the school small in a fiscal year (with the board's reason), or clears the flag.</summary>
    public void FlagSmall(int fiscalYear, string? reason)
    {
        SmallYears.RemoveAll(y => y.FiscalYear == fiscalYear);
        if (reason is not null)
        {
            SmallYears.Add(new SmallSchoolYear(fiscalYear, reason.Trim()));
            SmallYears.Sort((a, b) => a.FiscalYear.CompareTo(b.FiscalYear));
        }
    }

    public SmallSchoolYear? SmallIn(int fiscalYear) => SmallYears.SingleOrDefault(y => y.FiscalYear == fiscalYear);

    /// <summary>Open on at least one day of the fiscal year: a school that closed stops counting after its last year.</summary>
    public bool IsOpenIn(int fiscalYear)
    {
        var year = new FiscalYear(fiscalYear);
        return (OpensOn is not { } opens || opens <= year.LastDay) && (ClosesOn is not { } closes || closes >= year.FirstDay);
    }

    public bool IsOpenOn(DateOnly day) => (OpensOn is not { } opens || opens <= day) && (ClosesOn is not { } closes || closes >= day);

    public bool CountsAsElementary => Kind is SchoolKind.Elementary or SchoolKind.Compulsory;
}

/// <summary>A fiscal year in which the school is small, and why (e.g. 学級数が標準の12学級未満).</summary>
internal sealed record SmallSchoolYear(int FiscalYear, string Reason);
