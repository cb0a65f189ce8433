using Manabi.BuildingBlocks.Application;

namespace Manabi.TalentRegistry.Features.Needs;

internal static class NeedErrors
{
    public static NotFoundException NotFound() => new(new Text("指定された依頼は見つかりません。", "No such need."));

    public static NotFoundException ProposalNotFound() => new(new Text("指定された依頼のご案内は見つかりません。", "No such proposal."));

    public static BusinessRuleException NotMatchable(string reason) => new(new Text(
        $"この方はこの依頼にご案内できません（{reason}）。", $"This person cannot be proposed for this need ({reason})."), "not-matchable");

    public static ConflictException AlreadyProposed() =>
        new(new Text("この方はすでにこの依頼にご案内しています。", "This person has already been proposed for this need."), "already-proposed");

    public static ConflictException Overlapping() => new(new Text(
        "同じ日の同じ時間帯に、引き受け済みの別の依頼があります。", "You already accepted another need on the same day and time of day."), "overlapping-assignment");

    public static BusinessRuleException NotAnswerable() =>
        new(new Text("このご案内にはすでにお返事済みか、依頼が終わっています。", "This proposal was already answered, or the need is over."), "not-answerable");

    public static BusinessRuleException NotOver() =>
        new(new Text("依頼の最後の日が過ぎてから完了にしてください。", "Complete a need after its last date."), "need-not-over");
}
