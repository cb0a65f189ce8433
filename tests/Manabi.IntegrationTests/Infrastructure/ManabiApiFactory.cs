using System.Net.Http.Headers;
using System.Security.Cryptography;
using Manabi.Api.Setup;
using Manabi.BuildingBlocks.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Manabi.IntegrationTests.Infrastructure;

/// <summary>
/// The real host, on a real Kestrel socket, against real PostgreSQL. Configuration is what an
/// operator would set, with short outbox delays so retries happen within a test.
/// </summary>
public class ManabiApiFactory(string connectionString, IDictionary<string, string?>? overrides = null, string environment = "Testing",
    Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    public const string AllowedOrigin = "https://catalog.example.jp";

    public JwtOptions Jwt { get; } = new()
    {
        Issuer = "manabi-test",
        Audience = "manabi-api",
        SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    };

    public CapturedLogs Logs { get; } = new();

    private readonly string _pepper = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The port is chosen before start so the public address (links in answers) can name it.</summary>
    public int Port { get; } = HostProcess.FreePort();

    public string PublicBaseUrl => $"http://127.0.0.1:{Port}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Manabi"] = connectionString,
            ["Auth:Jwt:Issuer"] = Jwt.Issuer,
            ["Auth:Jwt:Audience"] = Jwt.Audience,
            ["Auth:Jwt:SigningKey"] = Jwt.SigningKey,
            ["Auth:ApiKeys:Pepper"] = _pepper,
            ["Passbook:QrSigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Credentials:SigningKey"] = Convert.ToBase64String(ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKey()),
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Outbox:RetryBaseDelay"] = "00:00:00.100",
            ["Outbox:RetryMaxDelay"] = "00:00:00.500",
            ["Outbox:MaxAttempts"] = "3",
            ["Outbox:ClaimLease"] = "00:00:01",
            ["Cors:AllowedOrigins:0"] = AllowedOrigin,
            ["RateLimiting:AuthenticatedPermitLimit"] = "100000",
            ["RateLimiting:AnonymousPermitLimit"] = "100000",
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Http:PublicBaseUrl"] = PublicBaseUrl,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddModule<TestProbeDbContext>("TestProbe", TestProbeDbContext.SchemaName, typeof(ProbeRequestedIntegrationEvent).Assembly);
            services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
        });
        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
        this.UseKestrel(Port);
    }

    public HttpClient ClientAs(string role, string? subject = null, string? language = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", DevTokens.Create(Jwt, role, subject ?? $"test-{role}", TimeSpan.FromMinutes(30)));
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }
        return client;
    }

    public HttpClient PartnerClient(string apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }
}
