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

    [Theory]
    [InlineData("史", new[] { "史" })]
    [InlineData("歴史", new[] { "歴史" })]
    [InlineData("郷土史", new[] { "郷土", "土史" })]
    [InlineData("𠮷", new[] { "𠮷" })] // outside the BMP: one character, not two surrogate halves
    [InlineData("𠮷野", new[] { "𠮷野" })]
    public void A_term_needs_its_pairs_or_itself(string term, string[] expected) =>
        Assert.Equal(expected, JapaneseText.TermGrams(term));
}
