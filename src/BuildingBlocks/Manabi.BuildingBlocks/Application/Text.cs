using System.Globalization;

namespace Manabi.BuildingBlocks.Application;

/// <summary>
/// A message in Japanese and English. Japanese is the default; English is chosen when the request's
/// <c>Accept-Language</c> prefers it (the request-localization middleware sets the UI culture).
/// </summary>
public sealed record Text(string Ja, string En)
{
    public string Current => Language == "en" ? En : Ja;

    /// <summary>The language messages are written in for this request: <c>ja</c> or <c>en</c>.</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ja";

    public override string ToString() => Current;
}
