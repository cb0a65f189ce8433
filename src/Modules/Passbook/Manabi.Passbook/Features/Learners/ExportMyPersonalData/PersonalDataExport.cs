using Manabi.Passbook.Contracts;

namespace Manabi.Passbook.Features.Learners.ExportMyPersonalData;

/// <summary>Everything Manabi's passbook holds about a learner (APPI disclosure).</summary>
public sealed record PersonalDataExport(DateTimeOffset ExportedAt, PersonalDataLearner Learner, IReadOnlyList<PersonalDataStamp> Stamps,
    IReadOnlyList<PersonalDataCommendation> Commendations, IReadOnlyList<PersonalDataStaffRead> StaffReads);

/// <summary>The registration as stored.</summary>
public sealed record PersonalDataLearner(Guid Id, string PassbookNumber, string DisplayName, string NameKana, int? BirthYear, string? Area, string? Contact,
    string ConsentPurpose, string ConsentVersion, DateTimeOffset ConsentGivenAt, DateTimeOffset RegisteredAt, int PassbooksIssued);

/// <summary>A stamp as stored.</summary>
public sealed record PersonalDataStamp(Guid Id, Guid SessionId, Guid OpportunityId, decimal Credits, StampMethod Method, string RecordedBy,
    DateTimeOffset RecordedAt, DateTimeOffset? VoidedAt, string? VoidReason);

/// <summary>A commendation as stored.</summary>
public sealed record PersonalDataCommendation(Guid Id, Guid LevelId, CommendationStatus Status, DateTimeOffset ReachedAt, DateOnly? AwardedOn);

/// <summary>When staff read the learner's data.</summary>
public sealed record PersonalDataStaffRead(string What, DateTimeOffset ReadAt);
