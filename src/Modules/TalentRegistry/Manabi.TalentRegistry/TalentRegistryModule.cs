using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Http;
using Manabi.TalentRegistry.Contracts;
using Manabi.TalentRegistry.Data;
using Manabi.TalentRegistry.Features.Activities;
using Manabi.TalentRegistry.Features.Activities.DecideSelfReport;
using Manabi.TalentRegistry.Features.Activities.ListMyActivities;
using Manabi.TalentRegistry.Features.Activities.ListPersonActivities;
using Manabi.TalentRegistry.Features.Activities.ListSelfReports;
using Manabi.TalentRegistry.Features.Activities.RecordActivity;
using Manabi.TalentRegistry.Features.Activities.ReportMyActivity;
using Manabi.TalentRegistry.Features.Activities.UploadActivities;
using Manabi.TalentRegistry.Features.Activities.VoidActivity;
using Manabi.TalentRegistry.Features.Consultations.CompleteFollowUp;
using Manabi.TalentRegistry.Features.Consultations.ListConsultations;
using Manabi.TalentRegistry.Features.Consultations.RecordConsultation;
using Manabi.TalentRegistry.Features.Directory.ListTalentDirectory;
using Manabi.TalentRegistry.Features.Groups.FormLearningGroup;
using Manabi.TalentRegistry.Features.Groups.ListLearningGroups;
using Manabi.TalentRegistry.Features.Groups.ReportGroupActivity;
using Manabi.TalentRegistry.Features.Leaders.CertifyLeader;
using Manabi.TalentRegistry.Features.Leaders.DefineLeaderTraining;
using Manabi.TalentRegistry.Features.Leaders.EnrolTrainee;
using Manabi.TalentRegistry.Features.Leaders.GetLeaderAchievement;
using Manabi.TalentRegistry.Features.Leaders.GetLeaderStatusList;
using Manabi.TalentRegistry.Features.Leaders.GetLeaderTraining;
using Manabi.TalentRegistry.Features.Leaders.ListCertifications;
using Manabi.TalentRegistry.Features.Leaders.ListLeaderTrainings;
using Manabi.TalentRegistry.Features.Leaders.ListMyCertifications;
using Manabi.TalentRegistry.Features.Leaders.ReportPracticalActivity;
using Manabi.TalentRegistry.Features.Leaders.RevokeCertification;
using Manabi.TalentRegistry.Features.Leaders.TakeTrainingRegister;
using Manabi.TalentRegistry.Features.Needs;
using Manabi.TalentRegistry.Features.Needs.AnswerProposal;
using Manabi.TalentRegistry.Features.Needs.CompleteNeed;
using Manabi.TalentRegistry.Features.Needs.FindMatches;
using Manabi.TalentRegistry.Features.Needs.GetMyNeed;
using Manabi.TalentRegistry.Features.Needs.ListMyNeeds;
using Manabi.TalentRegistry.Features.Needs.ListMyProposals;
using Manabi.TalentRegistry.Features.Needs.ListNeeds;
using Manabi.TalentRegistry.Features.Needs.OpenNeed;
using Manabi.TalentRegistry.Features.Needs.ProposePerson;
using Manabi.TalentRegistry.Features.Needs.RequestNeed;
using Manabi.TalentRegistry.Features.Needs.RecordInsurance;
using Manabi.TalentRegistry.Features.Needs.RecordTraining;
using Manabi.TalentRegistry.Features.People;
using Manabi.TalentRegistry.Features.People.ApplyForRegistration;
using Manabi.TalentRegistry.Features.People.ChangePersonStatus;
using Manabi.TalentRegistry.Features.People.EraseMyTalentPersonalData;
using Manabi.TalentRegistry.Features.People.ErasePersonPersonalData;
using Manabi.TalentRegistry.Features.People.ExportMyTalentPersonalData;
using Manabi.TalentRegistry.Features.People.GetMyPerson;
using Manabi.TalentRegistry.Features.People.GetPerson;
using Manabi.TalentRegistry.Features.People.ListPeople;
using Manabi.TalentRegistry.Features.People.RegisterPerson;
using Manabi.TalentRegistry.Features.People.RenewRegistration;
using Manabi.TalentRegistry.Features.People.SetPublicationConsent;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Manabi.TalentRegistry;

/// <summary>TalentRegistry: the people who teach, volunteer and lead, their activity, learning groups and consultations.</summary>
public static class TalentRegistryModule
{
    public const string Name = "TalentRegistry";
    public const string Schema = "talent";

    public static IServiceCollection AddTalentRegistryModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<TalentRegistryDbContext>(Name, Schema, typeof(TalentRegistryContractsMarker).Assembly);
        services.AddOptions<TalentOptions>().Bind(configuration.GetSection(TalentOptions.Section))
            .Validate(o => o.MinimumAge is >= 0 and <= 120 && o.TermFiscalYearsAfterThis is >= 0 and <= 10 && o.TrainingValidYears is >= 1 and <= 20
                    && o.RequiredTrainings.Keys.All(role => Enum.TryParse<TalentRole>(role, out _)),
                "TalentRegistry:MinimumAge must be 0–120, TermFiscalYearsAfterThis 0–10, TrainingValidYears 1–20, and RequiredTrainings keyed by role names.")
            .ValidateOnStart();
        services.AddSingleton<FieldCatalog>();
        services.AddScoped<PersonRegistrar>();
        services.AddScoped<ActivityRecorder>();
        services.AddScoped<PersonEraser>();
        services.AddScoped<NeedMatcher>();
        services.AddSingleton<MatchingRegister>();
        services.AddScoped<IDemoDataSeeder, TalentRegistryDemoData>();
        return services;
    }

    public static IEndpointRouteBuilder MapTalentRegistryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapModuleGroup("talent", Name);
        group.MapListTalentDirectory();
        group.MapApplyForRegistration();
        group.MapGetMyPerson();
        group.MapSetPublicationConsent();
        group.MapExportMyTalentPersonalData();
        group.MapEraseMyTalentPersonalData();
        group.MapListMyActivities();
        group.MapReportMyActivity();
        group.MapRegisterPerson();
        group.MapListPeople();
        group.MapGetPerson();
        group.MapChangePersonStatus();
        group.MapRenewRegistration();
        group.MapErasePersonPersonalData();
        group.MapListPersonActivities();
        group.MapRecordActivity();
        group.MapUploadActivities();
        group.MapVoidActivity();
        group.MapListSelfReports();
        group.MapDecideSelfReport();
        group.MapFormLearningGroup();
        group.MapListLearningGroups();
        group.MapReportGroupActivity();
        group.MapRecordConsultation();
        group.MapListConsultations();
        group.MapCompleteFollowUp();
        group.MapRecordInsurance();
        group.MapRecordTraining();
        group.MapOpenNeed();
        group.MapRequestNeed();
        group.MapListMyNeeds();
        group.MapGetMyNeed();
        group.MapListNeeds();
        group.MapFindMatches();
        group.MapProposePerson();
        group.MapCompleteNeed();
        group.MapListMyProposals();
        group.MapAnswerProposal();
        group.MapDefineLeaderTraining();
        group.MapListLeaderTrainings();
        group.MapGetLeaderTraining();
        group.MapEnrolTrainee();
        group.MapTakeTrainingRegister();
        group.MapReportPracticalActivity();
        group.MapCertifyLeader();
        group.MapListCertifications();
        group.MapRevokeCertification();
        group.MapListMyCertifications();
        group.MapGetLeaderAchievement();
        group.MapGetLeaderStatusList();
        return app;
    }
}
