namespace Manabi.Indicators.Contracts;

/// <summary>A name as the plan gives it in Japanese, and in English.</summary>
/// <param name="Ja">Japanese, as the plan writes it.</param>
/// <param name="En">English.</param>
public sealed record LocalizedText(string Ja, string En);
