using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;

namespace Manabi.TalentRegistry.Features.People;

internal static class PersonErrors
{
    public static NotFoundException NotFound() => new(new Text("指定された人材は見つかりません。", "No such person."));

    public static NotFoundException NotRegistered() =>
        new(new Text("人材バンクへの登録がまだありません。", "You are not registered in the talent bank."));

    public static ConflictException AlreadyRegistered() =>
        new(new Text("このアカウントはすでに人材バンクに登録されています。", "This account is already registered in the talent bank."), "already-registered");

    public static BusinessRuleException CannotMove(PersonStatus from, PersonStatus to) =>
        new(new Text($"登録状況を「{PersonStatusNames.Ja(from)}」から「{PersonStatusNames.Ja(to)}」には変えられません。",
            $"A person cannot go from {from} to {to}."), "invalid-transition");
}
