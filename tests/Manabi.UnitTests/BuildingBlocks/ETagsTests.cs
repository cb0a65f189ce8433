using Manabi.BuildingBlocks.Application;
using Manabi.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http;

namespace Manabi.UnitTests.BuildingBlocks;

public sealed class ETagsTests
{
    private static HttpRequest Request(string? ifMatch)
    {
        var context = new DefaultHttpContext();
        if (ifMatch is not null)
        {
            context.Request.Headers.IfMatch = ifMatch;
        }
        return context.Request;
    }

    [Fact]
    public void A_missing_If_Match_is_precondition_required() =>
        Assert.Throws<PreconditionRequiredException>(() => ETags.RequireIfMatch(Request(null)));

    [Theory]
    [InlineData("\"42\"", 42u)]
    [InlineData("W/\"1\", \"42\"", 42u)] // weak tags never match strongly; the strong one does
    public void A_quoted_version_is_read(string header, uint expected) =>
        Assert.Equal(expected, ETags.RequireIfMatch(Request(header)));

    [Fact]
    public void Star_matches_any_version() => Assert.Null(ETags.RequireIfMatch(Request("*")));

    [Theory]
    [InlineData("42")]
    [InlineData("W/\"42\"")]
    [InlineData("\"abc\"")]
    public void An_unusable_tag_fails_the_precondition(string header) =>
        Assert.Throws<PreconditionFailedException>(() => ETags.RequireIfMatch(Request(header)));

    [Fact]
    public void Tags_are_strong_and_quoted() => Assert.Equal("\"7\"", ETags.Format(7));
}
