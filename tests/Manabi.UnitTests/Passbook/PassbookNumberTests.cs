using Manabi.Passbook.Domain;

namespace Manabi.UnitTests.Passbook;

public sealed class PassbookNumberTests
{
    [Fact]
    public void New_numbers_parse_back_in_every_written_form()
    {
        for (var i = 0; i < 100; i++)
        {
            var number = PassbookNumber.New();
            var shown = number.ToString();
            Assert.Matches(@"^\d{4}-\d{4}-\d{3}$", shown);
            Assert.True(PassbookNumber.TryParse(shown, out var parsed));
            Assert.Equal(number, parsed);
            Assert.True(PassbookNumber.TryParse(number.Digits, out _));
            Assert.True(PassbookNumber.TryParse(string.Concat(shown.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c)), out _)); // full width
        }
    }

    [Fact]
    public void Every_single_digit_typo_and_every_neighbour_swap_is_caught()
    {
        for (var n = 0; n < 50; n++)
        {
            var digits = PassbookNumber.New().Digits;
            for (var i = 0; i < digits.Length; i++)
            {
                for (var d = '0'; d <= '9'; d++)
                {
                    if (d == digits[i]) continue;
                    var typo = digits[..i] + d + digits[(i + 1)..];
                    Assert.False(PassbookNumber.TryParse(typo, out _), typo);
                }
                if (i + 1 < digits.Length && digits[i] != digits[i + 1])
                {
                    var swapped = digits[..i] + digits[i + 1] + digits[i] + digits[(i + 2)..];
                    Assert.False(PassbookNumber.TryParse(swapped, out _), swapped);
                }
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234-5678-90")]
    [InlineData("abcd-efgh-ijk")]
    public void Malformed_numbers_do_not_parse(string? text) => Assert.False(PassbookNumber.TryParse(text, out _));
}
