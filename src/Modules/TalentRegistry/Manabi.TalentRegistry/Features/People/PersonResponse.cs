using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Domain;

namespace Manabi.TalentRegistry.Features.People;

/// <summary>A registered person as they and staff see them.</summary>
/// <param name="Id">The person's id (Catalog instructors refer to it as <c>personId</c>).</param>
/// <param name="Name">Name.</param>
/// <param name="NameKana">Reading of the name.</param>
/// <param name="BirthYear">Year of birth.</param>
/// <param name="Contact">Contact: in the person's own view and in a staff read of the one person (audited); never in lists.</param>
/// <param name="Area">Area of the city.</param>
/// <param name="SchoolDistrict">Junior-high school district.</param>
/// <param name="Roles">Roles held.</param>
/// <param name="Fields">Field codes.</param>
/// <param name="Skills">Skills and experience.</param>
/// <param name="Qualifications">Qualifications.</param>
/// <param name="Availability">When they can usually help.</param>
/// <param name="Unavailable">Periods they cannot be asked.</param>
/// <param name="TeachesOnline">Whether they can teach online.</param>
/// <param name="PublicProfile">The profile for the directory.</param>
/// <param name="Published">Whether the directory shows them now (active, and consent to publication given).</param>
/// <param name="PublicationConsentedAt">When publication was consented to; null if not (or withdrawn).</param>
/// <param name="ConsentVersion">Privacy notice version agreed to.</param>
/// <param name="InsuredUntil">Last day the volunteer insurance covers.</param>
/// <param name="Trainings">Trainings completed, with the day.</param>
/// <param name="Status">Where the registration stands today (Lapsed once the term has ended).</param>
/// <param name="StatusName">The same in Japanese.</param>
/// <param name="StatusReason">Why it was declined, suspended or retired.</param>
/// <param name="RegisteredAt">When they applied or were registered.</param>
/// <param name="TermEndsOn">Last day of the registration term.</param>
public sealed record PersonResponse(
    Guid Id, string Name, string NameKana, int BirthYear, string? Contact, string? Area, string? SchoolDistrict, IReadOnlyList<TalentRole> Roles,
    IReadOnlyList<string> Fields, string? Skills, string? Qualifications, IReadOnlyList<AvailabilityResponse> Availability,
    IReadOnlyList<DateRangeInput> Unavailable, bool TeachesOnline, string? PublicProfile, bool Published, DateTimeOffset? PublicationConsentedAt,
    string ConsentVersion, DateOnly? InsuredUntil, IReadOnlyList<TrainingResponse> Trainings, PersonStatus Status, string StatusName, string? StatusReason, DateTimeOffset RegisteredAt, DateOnly? TermEndsOn)
{
    /// <summary>With contact data for the person themselves and for an audited staff read of one person.</summary>
    internal static PersonResponse From(Person p, DateOnly today, bool withContact)
    {
        var status = p.StatusOn(today);
        return new(p.Id, p.Name, p.NameKana, p.BirthYear, withContact ? p.Contact : null, p.Area, p.SchoolDistrict, p.Roles, p.Fields, p.Skills,
            p.Qualifications, [.. p.Availability.Select(AvailabilityResponse.From)], [.. p.Unavailable.Select(u => new DateRangeInput(u.From, u.To))],
            p.TeachesOnline, p.PublicProfile, p.IsPublishedOn(today), p.PublicationConsentedAt, p.ConsentVersion, p.InsuredUntil,
            [.. p.Trainings.OrderBy(t => t.Code).Select(t => new TrainingResponse(t.Code, t.CompletedOn))], status,
            PersonStatusNames.Ja(status), p.StatusReason, p.RegisteredAt, p.TermEndsOn);
    }
}

/// <summary>A weekday and part of the day.</summary>
/// <param name="Weekday">Day of the week.</param>
/// <param name="Band">Morning, Afternoon or Evening.</param>
public sealed record AvailabilityResponse(DayOfWeek Weekday, TimeBand Band)
{
    internal static AvailabilityResponse From(int slot)
    {
        var (day, band) = AvailabilitySlot.Read(slot);
        return new(day, band);
    }
}

/// <summary>A training completed.</summary>
/// <param name="Code">The training.</param>
/// <param name="CompletedOn">When.</param>
public sealed record TrainingResponse(string Code, DateOnly CompletedOn);
