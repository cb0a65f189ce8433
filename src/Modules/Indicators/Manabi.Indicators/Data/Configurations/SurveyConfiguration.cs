using Manabi.Indicators.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Manabi.Indicators.Data.Configurations;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> survey)
    {
        survey.HasIndex(s => s.Code).IsUnique();
        survey.Property(s => s.Code).HasMaxLength(50);
        survey.Property(s => s.Title).HasMaxLength(200);
        survey.Property(s => s.Computation).HasConversion<string>().HasMaxLength(40);
        survey.Property(s => s.Questions).AsJson();
    }
}

internal sealed class SurveyWaveConfiguration : IEntityTypeConfiguration<SurveyWave>
{
    public void Configure(EntityTypeBuilder<SurveyWave> wave)
    {
        wave.Property(w => w.Title).HasMaxLength(200);
        wave.HasOne<Survey>().WithMany().HasForeignKey(w => w.SurveyId);
    }
}

internal sealed class ResponseCodeConfiguration : IEntityTypeConfiguration<ResponseCode>
{
    public void Configure(EntityTypeBuilder<ResponseCode> code)
    {
        code.HasKey(c => c.Code);
        code.Property(c => c.Code).HasMaxLength(20);
        code.HasIndex(c => c.WaveId);
        code.HasOne<SurveyWave>().WithMany().HasForeignKey(c => c.WaveId);
    }
}

internal sealed class SurveyAnswersConfiguration : IEntityTypeConfiguration<SurveyAnswers>
{
    public void Configure(EntityTypeBuilder<SurveyAnswers> answers)
    {
        answers.ToTable("survey_answers");
        answers.HasIndex(a => a.WaveId);
        answers.Property(a => a.Answers).AsJson();
        answers.Property(a => a.EnteredBy).HasMaxLength(200);
        answers.HasOne<SurveyWave>().WithMany().HasForeignKey(a => a.WaveId);
    }
}
