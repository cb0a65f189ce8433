using System.Collections;
using FluentValidation;
using FluentValidation.Validators;

namespace Manabi.BuildingBlocks.Application;

/// <summary>A list's size limit, as a rule the OpenAPI document can read back (a <c>Must</c> lambda cannot be read).</summary>
public interface IMaxItemsValidator
{
    int MaxItems { get; }
}

public static class MaxItemsRule
{
    /// <summary>At most <paramref name="max"/> items (a missing list passes; pair with NotEmpty where one is required).</summary>
    public static IRuleBuilderOptions<T, TCollection> MaxItems<T, TCollection>(this IRuleBuilder<T, TCollection> rule, int max)
        where TCollection : IEnumerable? =>
        rule.SetValidator(new MaxItemsValidator<T, TCollection>(max));
}

internal sealed class MaxItemsValidator<T, TCollection>(int max) : PropertyValidator<T, TCollection>, IMaxItemsValidator
    where TCollection : IEnumerable?
{
    public int MaxItems => max;

    public override string Name => "MaxItemsValidator";

    public override bool IsValid(ValidationContext<T> context, TCollection value)
    {
        if (value is null)
        {
            return true;
        }
        var count = value is ICollection collection ? collection.Count : value.Cast<object?>().Count();
        context.MessageFormatter.AppendArgument("MaxItems", max).AppendArgument("TotalItems", count);
        return count <= max;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        new Text("{PropertyName}は{MaxItems}件までにしてください（いまは{TotalItems}件です）。",
            "'{PropertyName}' must not have more than {MaxItems} items (it has {TotalItems}).").Current;
}
