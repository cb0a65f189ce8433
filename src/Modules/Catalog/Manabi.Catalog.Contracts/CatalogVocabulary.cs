namespace Manabi.Catalog.Contracts;

/// <summary>What kind of learning opportunity it is.</summary>
public enum OpportunityKind
{
    /// <summary>講座 — a course of several sessions.</summary>
    Course,
    /// <summary>講演 — a single lecture.</summary>
    Lecture,
    /// <summary>イベント.</summary>
    Event,
    /// <summary>フェスティバル — where groups show what they learned.</summary>
    Festival,
    /// <summary>フォーラム.</summary>
    Forum,
    /// <summary>千歳学出前講座 — a delivery lecture held for a requesting group.</summary>
    DeliveryLecture,
}

/// <summary>Lifecycle of a learning opportunity. Only published ones of approved providers are public.</summary>
public enum OpportunityStatus
{
    Draft,
    Published,
    Cancelled,
    Withdrawn,
}

/// <summary>Who a learning opportunity is meant for.</summary>
public enum Audience
{
    Children,
    Youth,
    Adults,
    Seniors,
    Families,
}

/// <summary>Where an instructor comes from (indicators 22-2 and 26-1 count citizen and business instructors).</summary>
public enum InstructorKind
{
    Citizen,
    Business,
    Government,
    Other,
}

/// <summary>State of one session.</summary>
public enum SessionStatus
{
    Scheduled,
    Cancelled,
    Held,
}

/// <summary>Where a delivery-lecture request stands in the board's brokering.</summary>
public enum LectureRequestStatus
{
    Requested,
    Arranging,
    Scheduled,
    Delivered,
    Declined,
    Cancelled,
}

/// <summary>Where the exchange center publishes an information issue (情報提供).</summary>
public enum InformationChannel
{
    /// <summary>情報紙 — the printed newsletter.</summary>
    Newsletter,
    /// <summary>ホームページ.</summary>
    Website,
    /// <summary>メールマガジン.</summary>
    MailMagazine,
}

/// <summary>Staff's verdict on two opportunities that look alike.</summary>
public enum DuplicateVerdict
{
    Pending,
    Distinct,
    Same,
}
