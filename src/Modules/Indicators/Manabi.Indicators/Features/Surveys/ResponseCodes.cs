using Manabi.Indicators.Data;
using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Indicators.Features.Surveys;

internal static class ResponseCodes
{
    /// <summary>As typed from paper: any case, with or without the hyphen.</summary>
    public static string Normalize(string code)
    {
        var plain = code.Trim().Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        return plain.Length == 8 ? $"{plain[..4]}-{plain[4..]}" : plain;
    }

    /// <summary>The code's wave, or 404 for an unknown code and 409 for a used one.</summary>
    public static async Task<(ResponseCode Code, SurveyWave Wave)> FindUnusedAsync(IndicatorsDbContext db, string code, bool forUpdate,
        CancellationToken cancellationToken)
    {
        var normalized = Normalize(code);
        var codes = forUpdate
            // Locked, so two submissions of one code at the same moment answer once and 409.
            ? db.ResponseCodes.FromSqlInterpolated($"SELECT * FROM indicators.response_codes WHERE code = {normalized} FOR UPDATE")
            : db.ResponseCodes.AsNoTracking().Where(c => c.Code == normalized);
        var found = await codes.SingleOrDefaultAsync(cancellationToken) ?? throw SurveyErrors.CodeNotFound();
        if (found.UsedAt is not null)
        {
            throw SurveyErrors.CodeUsed();
        }
        return (found, await db.SurveyWaves.SingleAsync(w => w.Id == found.WaveId, cancellationToken));
    }
}
