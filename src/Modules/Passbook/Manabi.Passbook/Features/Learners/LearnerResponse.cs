using Manabi.BuildingBlocks.Contracts;
using Manabi.Passbook.Domain;

namespace Manabi.Passbook.Features.Learners;

/// <summary>A learner and their passbook.</summary>
/// <param name="Id">Learner id.</param>
/// <param name="PassbookNumber">The number on the card (1234-5678-901).</param>
/// <param name="QrPayload">What the card's QR code encodes (signed).</param>
/// <param name="DisplayName">Name.</param>
/// <param name="NameKana">Reading.</param>
/// <param name="BirthYear">Year of birth.</param>
/// <param name="Area">Area.</param>
/// <param name="Contact">Contact.</param>
/// <param name="RegisteredAt">When they registered.</param>
public sealed record LearnerResponse(Guid Id, string PassbookNumber, string QrPayload, string DisplayName, string NameKana,
    int? BirthYear, string? Area, string? Contact, DateTimeOffset RegisteredAt)
{
    internal static LearnerResponse From(Learner l, PassbookQr qr)
    {
        var number = Domain.PassbookNumber.Parse(l.PassbookNumber);
        return new(l.Id, number.ToString(), qr.Sign(number), l.DisplayName, l.NameKana, l.BirthYear, l.Area, l.Contact,
            JapanTime.Of(l.RegisteredAt));
    }
}
