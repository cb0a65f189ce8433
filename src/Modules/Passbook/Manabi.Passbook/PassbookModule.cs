using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Manabi.Passbook.Features.Learners;
using Manabi.Passbook.Features.Stamps;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Manabi.Passbook;

/// <summary>Passbook: learners, their passbooks, stamps, credits and commendations.</summary>
public static class PassbookModule
{
    public const string Name = "Passbook";
    public const string Schema = "passbook";

    public static IServiceCollection AddPassbookModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<PassbookDbContext>(Name, Schema, typeof(PassbookContractsMarker).Assembly);
        services.AddOptions<PassbookOptions>().Bind(configuration.GetSection(PassbookOptions.Section))
            .Validate(o => Secrets.IsBase64Key(o.QrSigningKey, 32), "Passbook:QrSigningKey must be a base64 secret of at least 32 bytes.")
            .ValidateOnStart();
        services.AddSingleton(provider => new PassbookQr(Key(provider, "passbook-card")));
        services.AddSingleton(provider => new CheckInCode(Key(provider, "check-in")));
        services.AddSingleton<CheckInAttempts>();
        services.AddScoped<StampRecorder>();
        services.AddScoped<IDemoDataSeeder, PassbookDemoData>();
        services.AddOptions<CredentialOptions>().Bind(configuration.GetSection(CredentialOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.SigningKey) && !string.IsNullOrWhiteSpace(o.IssuerName),
                "Passbook:Credentials:SigningKey (base64 PKCS#8 P-256) and Passbook:Credentials:IssuerName are required.")
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<CredentialOptions>>().Value;
            return new Features.Credentials.CredentialSigner(Convert.FromBase64String(options.SigningKey), options.KeyId);
        });
        services.AddScoped<Features.Credentials.CredentialIssuer>();
        return services;
    }

    public static IEndpointRouteBuilder MapPassbookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapModuleGroup("passbook", Name);
        Features.Credentials.CredentialEndpoints.Map(app, group);
        LearnerEndpoints.Map(group);
        PersonalDataEndpoints.Map(group);
        StampEndpoints.Map(group);
        VoidStampEndpoint.Map(group);
        CheckInEndpoints.Map(group);
        BulkAttendanceEndpoint.Map(group);
        Features.Commendations.LevelEndpoints.Map(group);
        Features.Commendations.CommendationEndpoints.Map(group);
        return app;
    }

    // One configured secret, a separate derived key per use, so a card signature can never pass as a check-in code.
    private static byte[] Key(IServiceProvider provider, string purpose) =>
        System.Security.Cryptography.HKDF.DeriveKey(System.Security.Cryptography.HashAlgorithmName.SHA256,
            Convert.FromBase64String(provider.GetRequiredService<IOptions<PassbookOptions>>().Value.QrSigningKey), 32,
            info: System.Text.Encoding.ASCII.GetBytes(purpose));

}
