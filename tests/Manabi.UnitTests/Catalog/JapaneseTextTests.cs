using Manabi.Catalog.Domain;

namespace Manabi.UnitTests.Catalog;

public sealed class JapaneseTextTests
{
    [Theory]
    [InlineData("チトセ", "ちとせ")]
    [InlineData("ﾁﾄｾ", "ちとせ")]            // half-width katakana
    [InlineData("ＩＴ講座", "it講座")]        // full-width latin, case
    [InlineData("千歳　の  歴史", "千歳 の 歴史")] // ideographic and repeated spaces
    [InlineData("ヴァイオリン", "ゔぁいおりん")]
    [InlineData("スーパー・マーケット", "すーぱー・まーけっと")] // ー and ・ stay
    public void Text_is_folded_for_search(string input, string expected) =>
        Assert.Equal(expected, JapaneseText.Normalize(input));

    [Fact]
    public void Grams_are_single_characters_and_pairs_within_words()
    {
        var grams = JapaneseText.Grams("千歳 歴史");
        Assert.Equal(["千", "千歳", "歳", "歴", "歴史", "史"], grams);
        Assert.DoesNotContain("歳歴", grams); // never across a space
        Assert.Equal(["𠮷", "𠮷野", "野"], JapaneseText.Grams("𠮷野"));
    }

    [Theory]
    [InlineData("史", new[] { "史" })]
    [InlineData("歴史", new[] { "歴史" })]
    [InlineData("郷土史", new[] { "郷土", "土史" })]
    [InlineData("𠮷", new[] { "𠮷" })] // outside the BMP: one character, not two surrogate halves
    [InlineData("𠮷野", new[] { "𠮷野" })]
    public void A_term_needs_its_pairs_or_itself(string term, string[] expected) =>
        Assert.Equal(expected, JapaneseText.TermGrams(term));
}
