using Manabi.Passbook.Domain;

namespace Manabi.UnitTests.Passbook;

public sealed class CheckInCodeTests
{
    private static readonly CheckInCode Codes = new(new byte[32]);
    private static readonly DateTimeOffset At = new(2026, 12, 1, 1, 0, 10, TimeSpan.Zero);

    [Fact]
    public void A_code_is_good_for_its_step_and_the_next_then_expires()
    {
        var session = Guid.NewGuid();
        var (code, validUntil) = Codes.Current(session, At);
        Assert.True(CheckInCode.TryRead(code, out var read, out var digits));
        Assert.Equal(session, read);
        Assert.True(Codes.IsCurrent(session, digits, At));
        Assert.True(Codes.IsCurrent(session, digits, At.AddSeconds(30)));
        Assert.False(Codes.IsCurrent(session, digits, At.AddSeconds(60)));
        Assert.True(validUntil > At.AddSeconds(30) && validUntil <= At.AddSeconds(60));
    }

    [Fact]
    public void A_code_belongs_to_one_session()
    {
        var (code, _) = Codes.Current(Guid.NewGuid(), At);
        Assert.True(CheckInCode.TryRead(code, out _, out var digits));
        Assert.False(Codes.IsCurrent(Guid.NewGuid(), digits, At));
    }

    [Fact]
    public void A_code_carries_64_bits_of_secret_so_guessing_one_is_hopeless()
    {
        var (code, _) = Codes.Current(Guid.NewGuid(), At);
        Assert.Matches("^MNBCI2\\.[0-9a-f-]{36}\\.[0-9a-f]{16}$", code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("MNBCI2.not-a-guid.0123456789abcdef")]
    [InlineData("MNBPB1.00000000-0000-0000-0000-000000000000.0123456789abcdef")]
    [InlineData("MNBCI2.00000000-0000-0000-0000-000000000000.0123456789abcde")]
    [InlineData("MNBCI2.00000000-0000-0000-0000-000000000000.0123456789abcdeg")]
    [InlineData("MNBCI1.00000000-0000-0000-0000-000000000000.123456")]
    public void Malformed_codes_do_not_read(string? code) => Assert.False(CheckInCode.TryRead(code, out _, out _));
}
