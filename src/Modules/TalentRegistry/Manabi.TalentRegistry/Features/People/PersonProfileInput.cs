using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Domain;

namespace Manabi.TalentRegistry.Features.People;

/// <summary>The registration form, as a citizen fills it in online or staff at the counter.</summary>
/// <param name="Name">Name.</param>
/// <param name="NameKana">Reading of the name in kana.</param>
/// <param name="BirthYear">Year of birth (the register is for adults).</param>
/// <param name="Contact">E-mail address or phone number for the board to reach them (never shown publicly).</param>
/// <param name="Area">Area of the city they live in or work from (the same area codes as venues).</param>
/// <param name="SchoolDistrict">Junior-high school district (中学校区), for children's activities.</param>
/// <param name="Roles">Instructor, Volunteer, ChildrenSupporter (CommunityLeader comes only with a certification).</param>
/// <param name="Fields">Field codes from <c>GET /api/v1/catalog/fields</c> (1 to 10).</param>
/// <param name="Skills">Skills and experience.</param>
/// <param name="Qualifications">Qualifications and licences.</param>
/// <param name="Availability">When they can usually help.</param>
/// <param name="Unavailable">Periods they cannot be asked.</param>
/// <param name="TeachesOnline">Whether they can teach online.</param>
/// <param name="PublicProfile">A short profile for the public directory.</param>
/// <param name="PublishProfile">Consent to show the public profile in the directory; can be withdrawn at any time.</param>
/// <param name="ConsentVersion">The version of the privacy notice agreed to.</param>
/// <param name="Pledge">The pledge: no political, religious or commercial use of the activities (must be true).</param>
public sealed record PersonProfileInput(
    string? Name, string? NameKana, int? BirthYear, string? Contact, string? Area, string? SchoolDistrict, IReadOnlyList<TalentRole>? Roles,
    IReadOnlyList<string>? Fields, string? Skills, string? Qualifications, IReadOnlyList<AvailabilityInput>? Availability,
    IReadOnlyList<DateRangeInput>? Unavailable, bool? TeachesOnline, string? PublicProfile, bool? PublishProfile, string? ConsentVersion, bool? Pledge)
{
    internal PersonProfile ToProfile() => new(
        Name!, NameKana!, BirthYear!.Value, Contact, Area, SchoolDistrict, Roles ?? [], Fields ?? [], Skills, Qualifications,
        [.. (Availability ?? []).Select(a => AvailabilitySlot.Of(a.Weekday!.Value, a.Band!.Value))],
        [.. (Unavailable ?? []).Select(u => new DateRange(u.From!.Value, u.To!.Value))], TeachesOnline ?? false, PublicProfile);

    internal Consent ToConsent() => new(ConsentVersion!, PublishProfile ?? false);
}

/// <summary>A weekday and part of the day.</summary>
/// <param name="Weekday">Day of the week.</param>
/// <param name="Band">Morning, Afternoon or Evening.</param>
public sealed record AvailabilityInput(DayOfWeek? Weekday, TimeBand? Band);

/// <summary>Days from and to (inclusive).</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
public sealed record DateRangeInput(DateOnly? From, DateOnly? To);
