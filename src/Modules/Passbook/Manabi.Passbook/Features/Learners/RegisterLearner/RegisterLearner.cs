using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Manabi.Passbook.Features.Learners.RegisterLearner;

/// <summary>Register a learner; <paramref name="Subject"/> is the caller's login when they register themselves, null at a staff counter.</summary>
internal sealed record RegisterLearnerCommand(string? DisplayName, string? NameKana, int? BirthYear, string? Area, string? Contact, string? ConsentVersion, string? Subject)
    : ICommand<LearnerResponse>;

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
