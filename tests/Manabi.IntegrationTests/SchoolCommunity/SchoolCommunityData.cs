using System.Net.Http.Json;
using Manabi.IntegrationTests.Infrastructure;
using Manabi.IntegrationTests.TalentRegistry;

namespace Manabi.IntegrationTests.SchoolCommunity;

/// <summary>Districts, schools and coordinators set up as the board does, over HTTP.</summary>
internal static class SchoolCommunityData
{
    public const string Base = "/api/v1/school-community";

    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
    public static readonly int ThisFiscalYear = Today.Month >= 4 ? Today.Year : Today.Year - 1;

    public static async Task<string> DistrictAsync(HttpClient staff, string code, string name)
    {
        var response = await staff.PostAsJsonAsync($"{Base}/districts", new { code, name });
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync())["id"]!.GetValue<string>();
    }

    public static async Task<string> SchoolAsync(HttpClient staff, string district, string code, string name, string kind = "Elementary")
    {
        var response = await staff.PostAsJsonAsync($"{Base}/schools", new { code, name, kind, districtId = district });
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync())["id"]!.GetValue<string>();
    }

    /// <summary>A children supporter with a login, commissioned to the districts from <paramref name="from"/>; their coordinator client.</summary>
    public static async Task<(string PersonId, string CommissionId, HttpClient Client)> CoordinatorAsync(
        ManabiApiFactory api, string subject, string[] districts, DateOnly? from = null)
    {
        var (personId, _) = await TalentData.ActiveCitizenAsync(api, subject, TalentData.Form(roles: ["ChildrenSupporter"]));
        var response = await api.ClientAs("staff").PostAsJsonAsync($"{Base}/commissions",
            new { personId, districtIds = districts, from = (from ?? new DateOnly(ThisFiscalYear, 4, 1)).ToString("yyyy-MM-dd") });
        response.EnsureSuccessStatusCode();
        return (personId, (await response.JsonAsync())["id"]!.GetValue<string>(), api.ClientAs("coordinator", subject));
    }

    public static async Task<string> ActivityAsync(HttpClient client, string district, string[] schools, string kind = "AfterSchoolWeekend", bool coordinatorRun = true)
    {
        var response = await client.PostAsJsonAsync($"{Base}/activities", new { districtId = district, schoolIds = schools, kind, title = "土曜ふれあい体験教室", coordinatorRun });
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync())["id"]!.GetValue<string>();
    }

    public static object Held(string[]? volunteers = null, int unregistered = 0, string status = "Held") => new
    {
        date = Today.ToString("yyyy-MM-dd"), startsAt = "09:30", endsAt = "11:30", place = "千歳小学校 体育館", status, children = 24,
        registeredPersonIds = volunteers ?? [], unregisteredHelpers = unregistered,
    };
}
