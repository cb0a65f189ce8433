using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;
using Manabi.TalentRegistry.Contracts;
using Mediator;

namespace Manabi.Catalog.Features.Opportunities;

/// <summary>
/// An instructor with a <c>personId</c> is a TalentRegistry person, asked through its Contracts: a
/// new link must name an active person. A link already stored stays when that person later
/// retires, is suspended or lapses (what was taught keeps its instructor), but none is made anew.
/// </summary>
internal sealed class InstructorLinks(ISender sender)
{
    private static readonly Text NotActive = new("講師の personId が、人材バンクに登録中の方ではありません。",
        "This personId is not an active person in the talent registry.");

    /// <summary>Which of these people may be linked now.</summary>
    public async Task<IReadOnlySet<Guid>> ActiveAsync(IEnumerable<Guid?> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.OfType<Guid>().Distinct().ToList();
        return ids.Count == 0
            ? new HashSet<Guid>()
            : (await sender.Send(new GetPeopleStandingQuery(ids), cancellationToken))
                .Where(p => p.Status == PersonStatus.Active).Select(p => p.PersonId).ToHashSet();
    }

    public static IEnumerable<ValidationFailure> Failures(IReadOnlyList<InstructorInput?>? instructors, IReadOnlySet<Guid> active, IEnumerable<Guid?> linked)
    {
        var kept = linked.OfType<Guid>().ToHashSet();
        for (var i = 0; i < (instructors?.Count ?? 0); i++)
        {
            if (instructors![i]?.PersonId is { } id && !active.Contains(id) && !kept.Contains(id))
            {
                yield return new ValidationFailure($"Instructors[{i}].PersonId", NotActive.Current);
            }
        }
    }
}
