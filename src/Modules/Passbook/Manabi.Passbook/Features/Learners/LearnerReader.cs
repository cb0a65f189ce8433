using System.Security.Claims;
using Manabi.BuildingBlocks.Security;

namespace Manabi.Passbook.Features.Learners;

/// <summary>Who a caller is to the passbook: staff (any learner, audited), or a learner (themselves only).</summary>
internal sealed record LearnerReader(bool IsStaff, string Subject)
{
    public static LearnerReader Of(ClaimsPrincipal user) =>
        new(user.IsInRole(Roles.Staff), user.FindFirst(ManabiClaims.Subject)?.Value ?? "");
}
