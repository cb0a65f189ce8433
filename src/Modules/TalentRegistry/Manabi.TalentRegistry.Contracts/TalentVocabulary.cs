namespace Manabi.TalentRegistry.Contracts;

/// <summary>What a registered person does for the city's programme (one or more).</summary>
public enum TalentRole
{
    /// <summary>講師 — teaches delivery lectures and other courses.</summary>
    Instructor,
    /// <summary>社会教育事業ボランティア — helps run social-education programmes.</summary>
    Volunteer,
    /// <summary>Supports children's activities (for community–school coordination).</summary>
    ChildrenSupporter,
    /// <summary>ひと・まちづくりリーダー — only through certification.</summary>
    CommunityLeader,
}

/// <summary>Where a person's registration stands. <c>Lapsed</c> is an active person whose registration term has ended.</summary>
public enum PersonStatus
{
    Applied,
    Active,
    Declined,
    Suspended,
    Retired,
    Lapsed,
}

/// <summary>The part a person played in one activity.</summary>
public enum ActivityRole
{
    Instructor,
    Volunteer,
    Leader,
    ChildrenSupporter,
}

/// <summary>What kind of activity it was.</summary>
public enum ActivityKind
{
    DeliveryLecture,
    CourseSession,
    SocialEducationProgramme,
    SchoolCommunityActivity,
    Other,
}

/// <summary>How an activity record arrived.</summary>
public enum ActivitySource
{
    /// <summary>A Catalog session reported held, which named the person as its instructor.</summary>
    CatalogSession,
    /// <summary>A delivery lecture reported delivered, which named the person as its instructor.</summary>
    DeliveryLecture,
    /// <summary>Entered by staff (one at a time or from a spreadsheet).</summary>
    Staff,
    /// <summary>Reported by the person; counts once staff approve it.</summary>
    SelfReport,
    /// <summary>A community–school activity session recorded held, listing the person among its volunteers.</summary>
    SchoolCommunity,
}

/// <summary>Part of a day a person can usually help.</summary>
public enum TimeBand
{
    Morning,
    Afternoon,
    Evening,
}

/// <summary>How a consultation reached the exchange center.</summary>
public enum ConsultationChannel
{
    Visit,
    Phone,
    Email,
    Online,
}

/// <summary>What a consultation was about.</summary>
public enum ConsultationTopic
{
    /// <summary>学びたい — finding a course or a place to learn.</summary>
    Learning,
    /// <summary>活動したい — volunteering or joining an activity.</summary>
    Volunteering,
    /// <summary>A group's or NPO's own activity (members, running it).</summary>
    GroupActivity,
    /// <summary>Looking for an instructor or leader.</summary>
    FindingInstructor,
    /// <summary>Rooms, printing and the center's facilities.</summary>
    Facilities,
    Other,
}

/// <summary>What came of a consultation.</summary>
public enum ConsultationOutcome
{
    InformationGiven,
    ReferredToGroup,
    TurnedIntoNeed,
    RegisteredAsTalent,
    FollowUpNeeded,
}

/// <summary>Who asks for people.</summary>
public enum NeedRequester
{
    Board,
    SchoolCommunityActivity,
    CitizenGroup,
    Npo,
}

/// <summary>Where a need stands.</summary>
public enum NeedStatus
{
    Open,
    Completed,
    Cancelled,
}

/// <summary>Where a proposal of a person for a need stands.</summary>
public enum ProposalStatus
{
    Proposed,
    Accepted,
    Declined,
}

/// <summary>Where a person's own report of an activity stands.</summary>
public enum SelfReportStatus
{
    Pending,
    Approved,
    Rejected,
}
