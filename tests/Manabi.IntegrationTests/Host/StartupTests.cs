using System.Net;
using Manabi.Api.Setup;
using Manabi.IntegrationTests.Infrastructure;
using Npgsql;

namespace Manabi.IntegrationTests.Host;

/// <summary>The host started as a process, as city IT starts it: what it says when it cannot start, and how it waits for PostgreSQL.</summary>
public sealed class StartupTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Every_missing_or_invalid_setting_is_listed_at_once_and_the_host_exits_without_a_stack_trace()
    {
        var settings = HostProcess.Settings("");
        settings["Auth__Jwt__SigningKey"] = AuthSetup.DevelopmentJwtSigningKey; // published in the repository
        settings["Auth__ApiKeys__Pepper"] = null;
        settings["Passbook__QrSigningKey"] = "c2hvcnQ=";
        settings["Credentials__SigningKey"] = "bm90IGEga2V5";
        settings["Http__PublicBaseUrl"] = null; // required outside Development
        await using var host = HostProcess.Start(settings);

        Assert.Equal(StartupChecks.InvalidConfiguration, await host.ExitCodeAsync(Patience));
        foreach (var setting in new[] { "ConnectionStrings:Manabi", "Auth:Jwt:SigningKey", "Auth:ApiKeys:Pepper", "Passbook:QrSigningKey", "Credentials:SigningKey", "Http:PublicBaseUrl" })
        {
            Assert.Contains(setting, host.Error);
        }
        Assert.Contains("6 setting(s) to fix", host.Error);
        Assert.Contains("Auth:Jwt:SigningKey: the published development value is configured outside Development", host.Error);
        Assert.DoesNotContain("   at ", host.Error + host.Output);
    }

    [Fact]
    public async Task A_replica_that_finds_no_PostgreSQL_at_start_waits_for_it_and_then_serves()
    {
        var database = new NpgsqlConnectionStringBuilder(Fixture.Database.ConnectionString);
        var port = HostProcess.FreePort();
        var settings = HostProcess.Settings(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = port }.ConnectionString);
        await using var host = HostProcess.Start(settings);

        await host.WaitForOutputAsync("does not answer yet", Patience);
        using var postgres = TcpForwarder.Start(port, database.Host!, database.Port);

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{host.HttpPort}") };
        var ready = await EventuallyAsync(async () =>
        {
            try
            {
                return (await client.GetAsync("/health/ready")).StatusCode;
            }
            catch (HttpRequestException)
            {
                return HttpStatusCode.ServiceUnavailable;
            }
        }, status => status == HttpStatusCode.OK, Patience);
        Assert.Equal(HttpStatusCode.OK, ready);
    }

    [Fact]
    public async Task A_replica_gives_up_on_PostgreSQL_after_the_start_timeout_with_a_clear_line()
    {
        var settings = HostProcess.Settings($"Host=127.0.0.1;Port={HostProcess.FreePort()};Database=manabi;Username=manabi;Password=x");
        settings["Database__StartTimeout"] = "00:00:02";
        await using var host = HostProcess.Start(settings);

        Assert.Equal(StartupChecks.DatabaseUnavailable, await host.ExitCodeAsync(Patience));
        Assert.Contains("did not answer within 00:00:02 (Database:StartTimeout)", host.Output);
        Assert.DoesNotContain("   at ", host.Error + host.Output);
    }
}
