namespace Manabi.SchoolCommunityCoordination.Contracts;

/// <summary>What a school is.</summary>
public enum SchoolKind
{
    /// <summary>小学校.</summary>
    Elementary,
    /// <summary>中学校.</summary>
    JuniorHigh,
    /// <summary>義務教育学校 — elementary and junior-high grades in one; counts as an elementary school for 25-2.</summary>
    Compulsory,
}

/// <summary>What kind of collaborative activity (地域学校協働活動) it is.</summary>
public enum CollaborationKind
{
    /// <summary>学校支援活動.</summary>
    SchoolSupport,
    /// <summary>放課後・土曜日等の体験活動 (what 25-2 counts, when a coordinator plans and runs it).</summary>
    AfterSchoolWeekend,
    /// <summary>地域行事との連携.</summary>
    CommunityEventLink,
    /// <summary>家庭教育支援.</summary>
    FamilyEducationSupport,
    Other,
}

/// <summary>Where an activity session stands.</summary>
public enum CollaborationSessionStatus
{
    Planned,
    Held,
    Cancelled,
}

/// <summary>A meeting for the people who run community–school activities (研修・情報交換の場).</summary>
public enum MeetingKind
{
    /// <summary>推進員研修 — training for coordinators.</summary>
    CoordinatorTraining,
    /// <summary>ボランティアの情報交換会 — an exchange meeting of coordinators and volunteers.</summary>
    ExchangeMeeting,
}
