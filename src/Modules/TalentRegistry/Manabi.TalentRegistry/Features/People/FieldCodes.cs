using FluentValidation;
using FluentValidation.Results;
using Manabi.BuildingBlocks.Application;
using Mediator;

namespace Manabi.TalentRegistry.Features.People;

/// <summary>Field codes are Catalog's: an unknown one is a 400 that names it, like any other bad field.</summary>
internal static class FieldCodes
{
    public static async Task RequireKnownAsync(FieldCatalog catalog, ISender sender, IReadOnlyList<string>? codes, CancellationToken cancellationToken)
    {
        var known = (await catalog.GetAsync(sender, cancellationToken)).Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = (codes ?? []).Where(code => !known.Contains(code)).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException([new ValidationFailure("fields", new Text(
                $"分野「{string.Join("」「", unknown)}」はありません。分野一覧（GET /api/v1/catalog/fields）のコードを指定してください。",
                $"Unknown field code(s): {string.Join(", ", unknown)}. Use the codes from GET /api/v1/catalog/fields.").Current)]);
        }
    }
}
