using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;
using Manabi.Catalog.Contracts;
using Mediator;

namespace Manabi.TalentRegistry.Features.People;

/// <summary>
/// Catalog's fields, asked for once a minute rather than on every form, match and directory page.
/// Fields change only with a migration or the demo seeder, so a minute's lag harms no one.
/// </summary>
internal sealed class FieldCatalog(TimeProvider clock)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);
    private (IReadOnlyList<FieldCode> Fields, DateTimeOffset At)? _cached;

    public async Task<IReadOnlyList<FieldCode>> GetAsync(ISender sender, CancellationToken cancellationToken)
    {
        if (_cached is { } cached && clock.GetUtcNow() - cached.At < Fresh)
        {
            return cached.Fields;
        }
        var fields = await sender.Send(new GetFieldCodesQuery(), cancellationToken);
        _cached = (fields, clock.GetUtcNow());
        return fields;
    }

    /// <summary>Field codes are Catalog's: an unknown one is a 400 that names it, like any other bad field.</summary>
    public async Task RequireKnownAsync(ISender sender, IReadOnlyList<string>? codes, CancellationToken cancellationToken)
    {
        var known = (await GetAsync(sender, cancellationToken)).Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = (codes ?? []).Where(code => !known.Contains(code)).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException([new ValidationFailure("fields", new Text(
                $"分野「{string.Join("」「", unknown)}」はありません。分野一覧（GET /api/v1/catalog/fields）のコードを指定してください。",
                $"Unknown field code(s): {string.Join(", ", unknown)}. Use the codes from GET /api/v1/catalog/fields.").Current)]);
        }
    }

    /// <summary>The codes a field stands for in a search: itself and, for a top-level field, its sub-fields.</summary>
    public static HashSet<string> Covering(IReadOnlyList<FieldCode> fields, IEnumerable<string> codes)
    {
        var asked = codes.ToHashSet(StringComparer.Ordinal);
        return fields.Where(f => asked.Contains(f.Code) || (f.ParentCode is { } parent && asked.Contains(parent))).Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
    }
}
