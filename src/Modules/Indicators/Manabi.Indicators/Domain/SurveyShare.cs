namespace Manabi.Indicators.Domain;

/// <summary>
/// A share estimated from survey answers. The Wilson score interval (not the normal one) because
/// shares here sit near 70–100 % with small samples, where the normal interval leaves [0, 100] or
/// collapses to a point at 100 %.
/// </summary>
internal static class SurveyShare
{
    private const double Z = 1.959964; // 95 %

    /// <summary>The 95 % interval in percent, 0–100.</summary>
    public static (decimal Low, decimal High) Wilson(decimal positive, int responses)
    {
        double n = responses, p = (double)positive / n, z2 = Z * Z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return (Percent(Math.Max(0, centre - half)), Percent(Math.Min(1, centre + half)));
    }

    /// <summary>Two years' shares differ by more than sampling error only when their intervals do not overlap.</summary>
    public static bool Overlap((decimal Low, decimal High) a, (decimal Low, decimal High) b) => a.Low <= b.High && b.Low <= a.High;

    private static decimal Percent(double share) => Math.Round((decimal)share * 100, 1);
}
