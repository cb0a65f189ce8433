namespace Manabi.Passbook.Contracts;

/// <summary>How a stamp came to be.</summary>
public enum StampMethod
{
    /// <summary>The provider's system or staff recorded attendance.</summary>
    Attendance,
    /// <summary>The learner checked in with the venue's rotating code.</summary>
    CheckIn,
    /// <summary>Part of a bulk attendance list after the session.</summary>
    Bulk,
}

/// <summary>Where a commendation stands.</summary>
public enum CommendationStatus
{
    /// <summary>Credits reached the level; awaiting the ceremony.</summary>
    Pending,
    /// <summary>Given at a ceremony.</summary>
    Awarded,
    /// <summary>Credits fell back below the level after a void.</summary>
    Withdrawn,
}
