using System.Text.Json.Serialization;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Manabi.Passbook.Features.Learners;

/// <summary>Register for the stamp rally and receive a passbook.</summary>
/// <param name="DisplayName">Name as shown on the passbook.</param>
/// <param name="NameKana">Reading in kana.</param>
/// <param name="BirthYear">Year of birth (optional; for age-group statistics).</param>
/// <param name="Area">Area of the city or school district (optional).</param>
/// <param name="Contact">E-mail or phone (optional).</param>
/// <param name="ConsentVersion">Version of the privacy notice the citizen agreed to (required).</param>
public sealed record RegisterLearnerCommand(string? DisplayName, string? NameKana, int? BirthYear, string? Area, string? Contact, string? ConsentVersion)
    : ICommand<LearnerResponse>
{
    /// <summary>The caller's token subject when a learner registers themselves; null at a staff counter.</summary>
    [JsonIgnore] internal string? Subject { get; init; }
}

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
            l.RegisteredAt.ToOffset(TimeSpan.FromHours(9)));
    }
}

internal sealed class RegisterLearnerValidator : AbstractValidator<RegisterLearnerCommand>
{
    public RegisterLearnerValidator(TimeProvider clock)
    {
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(100).Named("お名前", "displayName");
        RuleFor(c => c.NameKana).NotEmpty().MaximumLength(100).Matches(@"^[\p{IsHiragana}\p{IsKatakana}ー・ 　]+$").Named("ふりがな", "nameKana");
        RuleFor(c => c.BirthYear).InclusiveBetween(1900, clock.GetUtcNow().Year).Named("生まれ年", "birthYear");
        RuleFor(c => c.Area).MaximumLength(50).Named("地区", "area");
        RuleFor(c => c.Contact).MaximumLength(254).Named("連絡先", "contact");
        RuleFor(c => c.ConsentVersion).NotEmpty().MaximumLength(50).Named("個人情報の取扱いへの同意", "consentVersion");
    }
}

internal sealed class RegisterLearnerHandler(PassbookDbContext db, PassbookQr qr, TimeProvider clock) : ICommandHandler<RegisterLearnerCommand, LearnerResponse>
{
    private static readonly Text AlreadyRegistered = new("このアカウントはすでに登録されています。", "This account already has a passbook.");

    public async ValueTask<LearnerResponse> Handle(RegisterLearnerCommand c, CancellationToken cancellationToken)
    {
        if (c.Subject is not null && await db.Learners.AnyAsync(l => l.Subject == c.Subject, cancellationToken))
        {
            throw new ConflictException(AlreadyRegistered, "already-registered");
        }
        var now = clock.GetUtcNow();
        var learner = Learner.Register(new LearnerDetails(c.DisplayName!, c.NameKana!, c.BirthYear, c.Area, c.Contact),
            new Consent("stamp-rally", c.ConsentVersion!), c.Subject, PassbookNumber.New(), now);
        db.Learners.Add(learner);
        db.Publish(new LearnerRegisteredIntegrationEvent(learner.Id, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: var name }
            && name!.Contains("subject", StringComparison.Ordinal))
        {
            throw new ConflictException(AlreadyRegistered, "already-registered"); // the same person, twice at once
        }
        return LearnerResponse.From(learner, qr);
    }
}

internal sealed record GetLearnerQuery(Guid? Id, LearnerReader Reader) : IQuery<LearnerResponse>;

internal sealed class GetLearnerHandler(PassbookDbContext db, PassbookQr qr, TimeProvider clock) : IQueryHandler<GetLearnerQuery, LearnerResponse>
{
    public async ValueTask<LearnerResponse> Handle(GetLearnerQuery q, CancellationToken cancellationToken) =>
        LearnerResponse.From(await LearnerAccess.ResolveAsync(db, q.Id, q.Reader, "registration", clock, cancellationToken), qr);
}

/// <summary>Issue a new passbook number for a lost passbook (staff); the old number stops working.</summary>
internal sealed record ReissuePassbookCommand(Guid LearnerId) : ICommand<LearnerResponse>;

internal sealed class ReissuePassbookValidator : AbstractValidator<ReissuePassbookCommand>
{
    public ReissuePassbookValidator() => RuleFor(c => c.LearnerId).NotEmpty();
}

internal sealed class ReissuePassbookHandler(PassbookDbContext db, PassbookQr qr) : ICommandHandler<ReissuePassbookCommand, LearnerResponse>
{
    public async ValueTask<LearnerResponse> Handle(ReissuePassbookCommand c, CancellationToken cancellationToken)
    {
        var learner = await db.Learners.SingleOrDefaultAsync(l => l.Id == c.LearnerId, cancellationToken)
            ?? throw new NotFoundException(new Text("学習手帳が見つかりません。", "No such passbook."));
        learner.Reissue(PassbookNumber.New());
        await db.SaveChangesAsync(cancellationToken);
        return LearnerResponse.From(learner, qr);
    }
}
