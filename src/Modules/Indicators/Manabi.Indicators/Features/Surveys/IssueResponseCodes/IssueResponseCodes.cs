using System.Security.Cryptography;
using FluentValidation;
using Manabi.BuildingBlocks.Application;
using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Surveys.IssueResponseCodes;

/// <summary>Staff issue single-use response codes for a wave: one per form handed out.</summary>
internal sealed record IssueResponseCodesCommand(Guid WaveId, int? Count) : ICommand<IssuedCodes>;

/// <summary>How many codes to issue.</summary>
/// <param name="Count">1–2,000.</param>
public sealed record IssueResponseCodesRequest(int? Count)
{
    internal IssueResponseCodesCommand ToCommand(Guid waveId) => new(waveId, Count);
}

/// <summary>The codes issued now.</summary>
/// <param name="WaveId">The wave.</param>
/// <param name="Codes">The new codes (<c>GET …/codes.csv</c> lists every code of the wave for printing).</param>
public sealed record IssuedCodes(Guid WaveId, IReadOnlyList<string> Codes);

internal sealed class IssueResponseCodesValidator : AbstractValidator<IssueResponseCodesCommand>
{
    public IssueResponseCodesValidator() => RuleFor(c => c.Count).NotNull().InclusiveBetween(1, 2000).Named("枚数", "count");
}

internal sealed class IssueResponseCodesHandler(IndicatorsDbContext db, TimeProvider clock) : ICommandHandler<IssueResponseCodesCommand, IssuedCodes>
{
    // No 0/O, 1/I/L: people type these from paper.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public async ValueTask<IssuedCodes> Handle(IssueResponseCodesCommand c, CancellationToken cancellationToken)
    {
        if (!await db.SurveyWaves.AnyAsync(w => w.Id == c.WaveId, cancellationToken))
        {
            throw SurveyErrors.WaveNotFound();
        }
        var now = clock.GetUtcNow();
        // 8 characters of 31: 2^39 codes, so guessing one of a few hundred issued is hopeless.
        var codes = Enumerable.Range(0, c.Count!.Value).Select(_ => New()).Distinct().ToList();
        db.ResponseCodes.AddRange(codes.Select(code => ResponseCode.Issue(code, c.WaveId, now)));
        await db.SaveChangesAsync(cancellationToken);
        return new(c.WaveId, codes);
    }

    private static string New()
    {
        var code = RandomNumberGenerator.GetString(Alphabet, 8);
        return $"{code[..4]}-{code[4..]}";
    }
}
