using System.Net;
using System.Text.Json.Nodes;
using Manabi.IntegrationTests.Catalog;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Host;

/// <summary>Validation messages read as a clerk would write them, not as FluentValidation's machine Japanese.</summary>
public sealed class JapaneseMessageTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_partner_pushing_a_bad_course_is_told_what_to_fix_in_natural_Japanese()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        var opportunity = CatalogData.Opportunity(title: "");
        var session = opportunity["sessions"]![0]!.AsObject();
        session["endsAt"] = session["startsAt"]!.GetValue<string>();
        opportunity["titleKana"] = new string('あ', 201);

        var response = await partner.PushAsync(providerId, "bad", opportunity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = Messages(await response.JsonAsync());
        Assert.Contains("タイトルを入力してください。", messages);
        Assert.Contains("終了日時は開始日時より後にしてください。", messages);
        Assert.Contains(messages, m => m.EndsWith("文字以内にしてください（いまは201文字です）。", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("であってはなりません") || m.Contains("よりも大きく") || m.Contains('\''));
    }

    [Fact]
    public async Task English_callers_still_get_English()
    {
        var (providerId, partner) = await CatalogData.ApprovedPartnerAsync(Api);
        partner.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var response = await partner.PushAsync(providerId, "bad", CatalogData.Opportunity(title: ""));
        Assert.Contains(Messages(await response.JsonAsync()), m => m.Contains("must not be empty", StringComparison.Ordinal));
    }

    private static List<string> Messages(JsonObject problem) =>
        problem["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray().Select(m => m!.GetValue<string>())).ToList();
}
