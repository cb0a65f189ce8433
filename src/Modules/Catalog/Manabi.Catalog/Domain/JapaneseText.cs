using System.Globalization;
using System.Text;

namespace Manabi.Catalog.Domain;

/// <summary>
/// Folding that makes Japanese search forgiving: NFKC (full-width ＡＢＣ and half-width ｶﾅ become
/// ABC and カナ), lower case, and katakana folded to hiragana, so 「チトセ」 finds 「ちとせ」.
/// </summary>
internal static class JapaneseText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var folded = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(folded.Length);
        var lastWasSpace = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            // Katakana ァ (U+30A1) … ヶ (U+30F6) sit 0x60 above their hiragana; ー and ・ stay.
            builder.Append(c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : c);
        }
        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// The grams a term requires: itself when one character, else its pairs. Text is indexed by the
    /// characters and character pairs of each word (never across a space), so 1- and 2-character
    /// terms work, which trigram indexes cannot do. Characters are Unicode scalars: a kanji outside
    /// the BMP (𠮷) stays whole.
    /// </summary>
    public static List<string> TermGrams(string normalizedTerm)
    {
        var characters = Characters(normalizedTerm);
        return characters.Count == 1 ? [normalizedTerm]
            : [.. Enumerable.Range(0, characters.Count - 1).Select(i => characters[i] + characters[i + 1]).Distinct()];
    }

    private static List<string> Characters(string text) => [.. text.EnumerateRunes().Select(r => r.ToString())];
}
