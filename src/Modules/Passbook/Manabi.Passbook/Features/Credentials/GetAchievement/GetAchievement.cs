using Manabi.BuildingBlocks.Credentials;
using Manabi.BuildingBlocks.Application;
using Manabi.Passbook.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Manabi.Passbook.Features.Credentials.GetAchievement;

/// <summary>An achievement by the key its URL ends with: a level's id, or <c>learning-history</c>.</summary>
internal sealed record GetAchievementQuery(string Key, string BaseUrl) : IQuery<AchievementResponse>;

internal sealed class GetAchievementHandler(PassbookDbContext db) : IQueryHandler<GetAchievementQuery, AchievementResponse>
{
    public async ValueTask<AchievementResponse> Handle(GetAchievementQuery q, CancellationToken cancellationToken)
    {
        if (q.Key == CredentialUrls.HistoryAchievementKey)
        {
            return Achievements.ForHistory(q.BaseUrl);
        }
        // A retired level still answers: credentials issued for it keep pointing here.
        var level = Guid.TryParse(q.Key, out var id) ? await db.Levels.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken) : null;
        return level is null
            ? throw new NotFoundException(new Text("この達成基準はありません。", "No such achievement."))
            : Achievements.ForLevel(level, q.BaseUrl);
    }
}
