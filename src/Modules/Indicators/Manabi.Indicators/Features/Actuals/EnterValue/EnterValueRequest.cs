namespace Manabi.Indicators.Features.Actuals.EnterValue;

/// <summary>A value for a year no module could count, and where it comes from.</summary>
/// <param name="Value">The value.</param>
/// <param name="Source">Where it comes from (e.g. 「令和元年度 社会教育課集計」).</param>
public sealed record EnterValueRequest(decimal? Value, string? Source)
{
    internal EnterValueCommand ToCommand(string code, string measureCode, int fiscalYear, string by) => new(code, measureCode, fiscalYear, Value, Source, by);
}
