namespace Manabi.Passbook.Features.Learners.RegisterLearner;

/// <summary>Register for the stamp rally and receive a passbook.</summary>
/// <param name="DisplayName">Name as shown on the passbook.</param>
/// <param name="NameKana">Reading in kana.</param>
/// <param name="BirthYear">Year of birth (optional; for age-group statistics).</param>
/// <param name="Area">Area of the city or school district (optional).</param>
/// <param name="Contact">E-mail or phone (optional).</param>
/// <param name="ConsentVersion">Version of the privacy notice the citizen agreed to (required).</param>
public sealed record RegisterLearnerRequest(string? DisplayName, string? NameKana, int? BirthYear, string? Area, string? Contact, string? ConsentVersion)
{
    internal RegisterLearnerCommand ToCommand(string? subject) => new(DisplayName, NameKana, BirthYear, Area, Contact, ConsentVersion, subject);
}
