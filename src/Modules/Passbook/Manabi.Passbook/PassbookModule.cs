using System.Security.Cryptography;
using System.Text;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.BuildingBlocks.Security;
using Manabi.Passbook.Contracts;
using Manabi.Passbook.Data;
using Manabi.Passbook.Domain;
using Manabi.Passbook.Features.Commendations.AwardCommendations;
using Manabi.Passbook.Features.Commendations.DefineCertificationLevel;
using Manabi.Passbook.Features.Commendations.ListCertificationLevels;
using Manabi.Passbook.Features.Commendations.ListCommendations;
using Manabi.Passbook.Features.Commendations.ListMyCommendations;
using Manabi.Passbook.Features.Commendations.RetireCertificationLevel;
using Manabi.Passbook.Features.Commendations.UpdateCertificationLevel;
using Manabi.Passbook.Features.Credentials;
using Manabi.Passbook.Features.Credentials.GetAchievement;
using Manabi.Passbook.Features.Credentials.GetCredentialStatusList;
using Manabi.Passbook.Features.Credentials.GetCredentialStatus;
using Manabi.Passbook.Features.Credentials.IssueLearningHistoryCredential;
using Manabi.Passbook.Features.Credentials.ListMyCredentials;
using Manabi.Passbook.Features.Credentials.RevokeCredential;
using Manabi.Passbook.Features.Learners.EraseMyPersonalData;
using Manabi.Passbook.Features.Learners.ErasePersonalData;
using Manabi.Passbook.Features.Learners.ExportMyPersonalData;
using Manabi.Passbook.Features.Learners.GetHistory;
using Manabi.Passbook.Features.Learners.GetLearner;
using Manabi.Passbook.Features.Learners.GetMyHistory;
using Manabi.Passbook.Features.Learners.GetMyPassbook;
using Manabi.Passbook.Features.Learners.ListLearners;
using Manabi.Passbook.Features.Learners.RegisterLearner;
using Manabi.Passbook.Features.Learners.ReissuePassbook;
using Manabi.Passbook.Features.Stamps;
using Manabi.Passbook.Features.Stamps.CheckIn;
using Manabi.Passbook.Features.Stamps.GetCheckInCode;
using Manabi.Passbook.Features.Stamps.RecordAttendanceList;
using Manabi.Passbook.Features.Stamps.RecordStamp;
using Manabi.Passbook.Features.Stamps.VoidStamp;
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
        services.AddScoped<CredentialIssuer>();
        return services;
    }

    public static IEndpointRouteBuilder MapPassbookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapModuleGroup("passbook", Name);
        group.MapGetAchievement();
        group.MapGetCredentialStatusList();
        group.MapRegisterLearner();
        group.MapGetMyPassbook();
        group.MapListLearners();
        group.MapGetLearner();
        group.MapReissuePassbook();
        group.MapGetMyHistory();
        group.MapGetHistory();
        group.MapExportMyPersonalData();
        group.MapEraseMyPersonalData();
        group.MapErasePersonalData();
        group.MapRecordStamp();
        group.MapVoidStamp();
        group.MapGetCheckInCode();
        group.MapCheckIn();
        group.MapRecordAttendanceList();
        group.MapListCertificationLevels();
        group.MapDefineCertificationLevel();
        group.MapUpdateCertificationLevel();
        group.MapRetireCertificationLevel();
        group.MapListCommendations();
        group.MapListMyCommendations();
        group.MapAwardCommendations();
        group.MapListMyCredentials();
        group.MapIssueLearningHistoryCredential();
        group.MapGetCredentialStatus();
        group.MapRevokeCredential();
        return app;
    }

    // One configured secret, a separate derived key per use, so a card signature can never pass as a check-in code.
    private static byte[] Key(IServiceProvider provider, string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256,
            Convert.FromBase64String(provider.GetRequiredService<IOptions<PassbookOptions>>().Value.QrSigningKey), 32,
            info: Encoding.ASCII.GetBytes(purpose));

}
