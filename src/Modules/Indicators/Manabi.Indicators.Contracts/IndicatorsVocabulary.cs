namespace Manabi.Indicators.Contracts;

/// <summary>What a measure counts in.</summary>
public enum MeasureUnit
{
    /// <summary>Occurrences: sessions, programmes, items, consultations, groups.</summary>
    Count,
    /// <summary>People, or person-times (延人数).</summary>
    People,
    /// <summary>A share, 0–100.</summary>
    Percent,
}

/// <summary>How a fiscal year's value is formed.</summary>
public enum MeasureKind
{
    /// <summary>What happened during the fiscal year.</summary>
    PerYear,
    /// <summary>Everything up to the end of the fiscal year (累計).</summary>
    Cumulative,
    /// <summary>A share of a population or of survey answers in the fiscal year.</summary>
    Share,
    /// <summary>What stands on the last day of the fiscal year (e.g. people registered).</summary>
    YearEnd,
}

/// <summary>What the target asks of the value.</summary>
public enum TargetDirection
{
    /// <summary>At least the target value (「以上」).</summary>
    AtLeast,
    /// <summary>At most the target value (「以下」).</summary>
    AtMost,
    /// <summary>Higher year on year, no value given (the plan's 「↗」).</summary>
    Increase,
    /// <summary>Lower year on year, no value given (「↘」).</summary>
    Decrease,
}

/// <summary>
/// Which computation produces a measure's actual values from what the modules report. A plan names
/// one per measure; <see cref="Entered"/> is for a measure only staff can give (no module records it).
/// </summary>
public enum Computation
{
    /// <summary>Stamp-rally programmes that took part in the year (22-1).</summary>
    StampRallyProgrammes,
    /// <summary>Learners who registered for the stamp rally in the year (22-1).</summary>
    StampRallyLearners,
    /// <summary>Sessions of board-run or brokered learning with citizen, business or government instructors (22-2).</summary>
    BrokeredSessions,
    /// <summary>Participants of those sessions (22-2).</summary>
    BrokeredParticipants,
    /// <summary>Share of festival/forum groups answering positively (22-3).</summary>
    FestivalSurveyShare,
    /// <summary>Share of center users answering positively (23-1).</summary>
    CenterSurveyShare,
    /// <summary>Information items the center issued (23-2).</summary>
    InformationItems,
    /// <summary>Consultations the center handled (23-3).</summary>
    Consultations,
    /// <summary>Certified community leaders, cumulative (24-1).</summary>
    CertifiedLeaders,
    /// <summary>People registered as instructors or volunteers at year end (24-2).</summary>
    RegisteredTalent,
    /// <summary>Stamp-rally learners commended in the year (24-3).</summary>
    CommendedLearners,
    /// <summary>Share of districts with a coordinator running activities (25-1).</summary>
    DistrictCoverage,
    /// <summary>Share of elementary schools with coordinator-run after-school/weekend activities (25-2).</summary>
    ElementarySchoolCoverage,
    /// <summary>Community–school activity sessions held (25-3).</summary>
    CollaborativeSessions,
    /// <summary>Volunteer participations in them (25-3).</summary>
    VolunteerParticipations,
    /// <summary>Board-run or brokered courses with citizen or local-business instructors (26-1).</summary>
    CitizenInstructorCourses,
    /// <summary>Participations of instructors and volunteers (26-2).</summary>
    TalentParticipations,
    /// <summary>Learning groups active after board courses, cumulative (26-3).</summary>
    LearningGroups,
    /// <summary>Providers that joined the catalog in the year (no measure of Chitose's plan; a city may track it).</summary>
    RegisteredProviders,
    /// <summary>No module records it: staff enter each year's value with its source.</summary>
    Entered,
}

/// <summary>Progress toward the target by the Open SDG method (sdg-build <c>ProgressMeasure</c>), with its status names.</summary>
public enum ProgressStatus
{
    /// <summary>The latest value meets the target.</summary>
    TargetAchieved,
    /// <summary>Growth at 95 % or more of what the target needs (without a target value: 1.5 % a year or more).</summary>
    SubstantialProgress,
    /// <summary>60–95 % of the growth needed (without a target value: 0.5–1.5 % a year).</summary>
    ModerateProgress,
    /// <summary>Growing, but below 60 % of what is needed (without a target value: below 0.5 % a year), or no change.</summary>
    LimitedProgress,
    /// <summary>Moving away from the target.</summary>
    Deterioration,
    /// <summary>Fewer than two fiscal years of data, or nothing to grow from.</summary>
    NotAvailable,
}

/// <summary>The achievement grade Japanese plans report (達成度評価).</summary>
public enum AchievementGrade
{
    /// <summary>S: the target is met.</summary>
    S,
    /// <summary>A: better than the baseline, beyond the band around it.</summary>
    A,
    /// <summary>B: within the band around the baseline (±10 % unless the plan says otherwise).</summary>
    B,
    /// <summary>C: worse than the baseline, beyond the band.</summary>
    C,
    /// <summary>−: not assessable (no value this year, or nothing to compare with).</summary>
    NotAssessable,
}

/// <summary>Where a fiscal year's value comes from.</summary>
public enum ValueSource
{
    /// <summary>Counted from what the modules reported.</summary>
    Computed,
    /// <summary>Given by staff, with its source.</summary>
    Entered,
    /// <summary>The plan's baseline (現状値).</summary>
    Baseline,
}
