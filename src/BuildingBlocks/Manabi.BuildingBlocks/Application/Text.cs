using System.Globalization;

namespace Manabi.BuildingBlocks.Application;

/// <summary>
/// A message in Japanese and English. Japanese is the default; English is chosen when the request's
/// <c>Accept-Language</c> prefers it (the request-localization middleware sets the UI culture).
/// </summary>
public sealed record Text(string Ja, string En)
{
    public string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? En : Ja;

    public override string ToString() => Current;
}
