using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Domain;

namespace Manabi.TalentRegistry.Features.Leaders;

internal static class LeaderErrors
{
    public static NotFoundException TrainingNotFound() => new(new Text("指定された養成講座は見つかりません。", "No such leader training."));

    public static NotFoundException TraineeNotFound() =>
        new(new Text("この方はこの養成講座に受講登録されていません。", "This person is not enrolled in this training."));

    public static NotFoundException SessionNotFound() => new(new Text("この養成講座にその回はありません。", "This training has no such session."));

    public static NotFoundException CertificationNotFound() => new(new Text("指定された認定は見つかりません。", "No such certification."));

    public static ConflictException NameTaken() =>
        new(new Text("同じ年度に同じ名前の養成講座がすでにあります。", "A training with this name already exists in this fiscal year."), "duplicate-name");

    public static ConflictException AlreadyEnrolled() =>
        new(new Text("この方はすでにこの養成講座に受講登録されています。", "This person is already enrolled in this training."), "already-enrolled");

    public static ConflictException AlreadyCertified() =>
        new(new Text("この方はこの養成講座ですでに認定されています。", "This person is already certified for this training."), "already-certified");

    public static BusinessRuleException NotActive() => new(new Text(
        "登録が有効な方（登録状況が「有効」で登録期間内）だけを受講登録・認定できます。",
        "Only a person whose registration is active and within its term can be enrolled or certified."), "person-not-active");

    public static BusinessRuleException RuleNotMet(CompletionGap gap)
    {
        var ja = new List<string>();
        var en = new List<string>();
        if (gap.SessionsMissing > 0)
        {
            ja.Add($"出席があと {gap.SessionsMissing} 回足りません");
            en.Add($"{gap.SessionsMissing} more session(s) to attend");
        }
        if (gap.PracticalActivityMissing)
        {
            ja.Add("実践活動の報告がまだです");
            en.Add("the practical activity is not reported yet");
        }
        return new(new Text($"修了の条件を満たしていないため、認定できません（{string.Join("。", ja)}）。",
            $"The completion rule is not met: {string.Join("; ", en)}."), "completion-rule-not-met");
    }

    public static ValidationException NotEnrolled(IEnumerable<Guid> personIds) => new([new ValidationFailure("personIds", new Text(
        $"受講登録されていない方が含まれています：{string.Join("、", personIds)}",
        $"Not enrolled in this training: {string.Join(", ", personIds)}").Current)]);
}
