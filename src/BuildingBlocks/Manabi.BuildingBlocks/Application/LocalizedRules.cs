using FluentValidation;

namespace Manabi.BuildingBlocks.Application;

/// <summary>Validation wording in the caller's language (Japanese, or English when asked for).</summary>
public static class LocalizedRules
{
    /// <summary>The field's name in messages.</summary>
    public static IRuleBuilderOptions<T, TProperty> Named<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string ja, string en) =>
        rule.WithName(_ => new Text(ja, en).Current);

    /// <summary>A message of the rule's own.</summary>
    public static IRuleBuilderOptions<T, TProperty> Says<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string ja, string en) =>
        rule.WithMessage(_ => new Text(ja, en).Current);
}
