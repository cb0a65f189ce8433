namespace Manabi.BuildingBlocks.Security;

/// <summary>Authorization policy names. Every endpoint names one, or is explicitly anonymous.</summary>
public static class Policies
{
    /// <summary>Board-of-education staff (JWT role <c>staff</c>).</summary>
    public const string Staff = "staff";

    /// <summary>Community–school coordinators, and staff.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>A registered learner (JWT role <c>learner</c>).</summary>
    public const string Learner = "learner";

    /// <summary>A learner acting for themselves, or staff acting for a citizen.</summary>
    public const string LearnerOrStaff = "learner-or-staff";

    /// <summary>A partner organization's system (API key).</summary>
    public const string Partner = "partner";

    /// <summary>Staff, or a partner system acting on its own provider's records.</summary>
    public const string StaffOrPartner = "staff-or-partner";
}

/// <summary>Role names carried in the identity provider's tokens.</summary>
public static class Roles
{
    public const string Staff = "staff";
    public const string Coordinator = "coordinator";
    public const string Learner = "learner";

    public static readonly string[] All = [Staff, Coordinator, Learner];
}
