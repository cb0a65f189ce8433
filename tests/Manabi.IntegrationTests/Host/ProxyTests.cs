using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Host;

/// <summary>
/// deploy/nginx/manabi.conf in front of two API processes, as compose runs them: requests reach both
/// replicas, and what a client writes in X-Forwarded-For does not get it past the rate limit.
/// </summary>
public sealed partial class ProxyTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private const string Probe = "/api/v1/indicators/computations/RegisteredProviders";

    [Fact]
    public async Task Nginx_spreads_requests_over_the_replicas_and_a_forged_X_Forwarded_For_does_not_escape_the_rate_limit()
    {
        var settings = HostProcess.Settings(Fixture.Database.ConnectionString);
        settings["Database__MigrateOnStartup"] = "false";
        settings["Http__TrustedProxies__0"] = "127.0.0.1";
        settings["RateLimiting__AnonymousPermitLimit"] = "5";
        await using var first = HostProcess.Start(settings);
        await using var second = HostProcess.Start(settings);
        var port = HostProcess.FreePort();
        await using var nginx = await Nginx.StartAsync(port, first.HttpPort, second.HttpPort);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        foreach (var replica in new[] { first, second })
        {
            using var direct = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{replica.HttpPort}") };
            await EventuallyAsync(async () => await StatusAsync(direct, "/health/ready"), s => s == HttpStatusCode.OK, Patience);
        }

        // Each request claims to come from somewhere else; the proxy says where it really came from.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Probe);
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK)); // 5 a replica
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.All(new[] { first, second }, replica => Assert.Matches(@"HTTP \\""GET\\"" \\""/api/v1/indicators/computations/[^ ]* responded 200", replica.Output));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        try
        {
            return (await client.GetAsync(path)).StatusCode;
        }
        catch (HttpRequestException)
        {
            return HttpStatusCode.ServiceUnavailable;
        }
    }

    /// <summary>nginx with the deploy's server block, its upstream pointed at local replicas instead of compose's DNS name.</summary>
    private sealed class Nginx : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly string _prefix;

        private Nginx(Process process, string prefix) => (_process, _prefix) = (process, prefix);

        public static async Task<Nginx> StartAsync(int port, params int[] replicas)
        {
            var binary = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
            // Readable and writable by nginx's workers, which run as an unprivileged user when the test runs as root.
            var prefix = Directory.CreateTempSubdirectory("manabi-nginx-").FullName;
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(prefix, (UnixFileMode)0x1FF);
            }
            var deployed = await File.ReadAllTextAsync(Path.Combine(StandardsTools.Directory, "..", "..", "deploy", "nginx", "manabi.conf"));
            var local = UpstreamServer().Replace(deployed, string.Join('\n', replicas.Select(r => $"    server 127.0.0.1:{r};")), 1);
            local = Resolver().Replace(local, "").Replace("listen 8080;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
            Assert.DoesNotContain("api:8080", local);
            await File.WriteAllTextAsync(Path.Combine(prefix, "manabi.conf"), local);
            await File.WriteAllTextAsync(Path.Combine(prefix, "nginx.conf"), $$"""
                pid {{prefix}}/nginx.pid;
                error_log {{prefix}}/error.log;
                events {}
                http {
                    access_log off;
                    client_body_temp_path {{prefix}}/body;
                    proxy_temp_path {{prefix}}/proxy;
                    include {{prefix}}/manabi.conf;
                }
                """);
            var check = Process.Start(new ProcessStartInfo(binary, ["-t", "-p", prefix, "-c", Path.Combine(prefix, "nginx.conf")]) { RedirectStandardError = true })!;
            var checkOutput = await check.StandardError.ReadToEndAsync();
            await check.WaitForExitAsync();
            Assert.True(check.ExitCode == 0, checkOutput);
            var process = Process.Start(new ProcessStartInfo(binary, ["-p", prefix, "-c", Path.Combine(prefix, "nginx.conf"), "-g", "daemon off;"]))!;
            return new Nginx(process, prefix);
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
            Directory.Delete(_prefix, recursive: true);
        }
    }

    [GeneratedRegex(@"^\s*server api:8080[^\n]*;", RegexOptions.Multiline)]
    private static partial Regex UpstreamServer();

    [GeneratedRegex(@"^resolver [^\n]*;", RegexOptions.Multiline)]
    private static partial Regex Resolver();
}
