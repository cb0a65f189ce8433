using System.Globalization;
using Manabi.Catalog.Contracts;
using Manabi.Catalog.Features.Providers.RegisterProvider;

namespace Manabi.UnitTests.Catalog;

public sealed class ProviderValidationTests
{
    private static readonly RegisterProviderCommand Valid =
        new(ProviderKind.CitizenGroup, "ちとせ郷土史研究会", "ちとせきょうどしけんきゅうかい", null, "info@example.jp", "0123-45-6789");

    [Fact]
    public void A_complete_registration_is_valid() =>
        Assert.True(new RegisterProviderValidator().Validate(Valid).IsValid);

    [Theory]
    [InlineData("チトセキョウドシ")]
    [InlineData("ＮＰＯほうじん ちとせ")]
    public void Kana_readings_may_mix_katakana_hiragana_and_latin(string kana) =>
        Assert.True(new RegisterProviderValidator().Validate(Valid with { NameKana = kana }).IsValid);

    [Fact]
    public void Kanji_in_the_reading_is_rejected_with_a_Japanese_message()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ja");
        try
        {
            var result = new RegisterProviderValidator().Validate(Valid with { NameKana = "千歳" });
            var error = Assert.Single(result.Errors);
            Assert.Equal("NameKana", error.PropertyName);
            Assert.Contains("名称（かな）", error.ErrorMessage);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Kind_name_and_reading_are_required()
    {
        var result = new RegisterProviderValidator().Validate(new RegisterProviderCommand(null, " ", null, null, null, null));
        Assert.Equal(["Kind", "Name", "NameKana"], result.Errors.Select(e => e.PropertyName).Distinct().Order());
    }

    [Fact]
    public void A_malformed_contact_is_rejected()
    {
        var result = new RegisterProviderValidator().Validate(Valid with { ContactEmail = "not-an-email", ContactPhone = "call me" });
        Assert.Equal(["ContactEmail", "ContactPhone"], result.Errors.Select(e => e.PropertyName).Order());
    }
}
