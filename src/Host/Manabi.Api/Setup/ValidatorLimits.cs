using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using Manabi.BuildingBlocks.Application;

namespace Manabi.Api.Setup;

/// <summary>What the validators enforce on one member: the document states these, so it cannot promise other than what is checked.</summary>
internal sealed record MemberLimits(int? MaxLength = null, int? MinLength = null, decimal? Minimum = null, decimal? Maximum = null, int? MaxItems = null)
{
    /// <summary>Limits on each item of a list (a <c>RuleForEach</c>).</summary>
    public MemberLimits? Items { get; init; }

    public MemberLimits Merge(MemberLimits other) => new(
        MaxLength ?? other.MaxLength, MinLength ?? other.MinLength, Minimum ?? other.Minimum, Maximum ?? other.Maximum, MaxItems ?? other.MaxItems)
    {
        Items = Items is null ? other.Items : other.Items is null ? Items : Items.Merge(other.Items),
    };
}

/// <summary>
/// Reads the limits out of the registered FluentValidation rules: a request's are those of the
/// command its <c>ToCommand</c> builds, an input's those of the validator (or child rules) that
/// checks it, a query parameter's those of the query it binds to.
/// </summary>
internal sealed class ValidatorLimits(IServiceProvider services)
{
    private readonly Lazy<Dictionary<Type, List<IValidator>>> _validators = new(() => Discover(services));
    private readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, MemberLimits>> _byType = new();

    public MemberLimits? For(Type type, string member) =>
        _byType.GetOrAdd(type, Read).GetValueOrDefault(member);

    private IReadOnlyDictionary<string, MemberLimits> Read(Type type)
    {
        var validated = type.GetMethod("ToCommand", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)?.ReturnType ?? type;
        var limits = new Dictionary<string, MemberLimits>(StringComparer.Ordinal);
        foreach (var validator in _validators.Value.GetValueOrDefault(validated) ?? [])
        {
            foreach (var rule in validator.CreateDescriptor().Rules)
            {
                if (rule.PropertyName is not { } name || name.Contains('.', StringComparison.Ordinal))
                {
                    continue;
                }
                var read = Of(rule.Components.Select(c => c.Validator));
                if (IsForEach(rule))
                {
                    read = new MemberLimits { Items = read };
                }
                limits[name] = limits.TryGetValue(name, out var known) ? known.Merge(read) : read;
            }
        }
        return limits;
    }

    private static MemberLimits Of(IEnumerable<IPropertyValidator> validators)
    {
        var limits = new MemberLimits();
        foreach (var validator in validators)
        {
            limits = limits.Merge(validator switch
            {
                ILengthValidator length => new MemberLimits(MaxLength: length.Max > 0 ? length.Max : null, MinLength: length.Min > 0 ? length.Min : null),
                IBetweenValidator between => new MemberLimits(Minimum: Number(between.From), Maximum: Number(between.To)),
                IComparisonValidator { MemberToCompare: null } comparison => comparison.Comparison switch
                {
                    Comparison.GreaterThanOrEqual => new MemberLimits(Minimum: Number(comparison.ValueToCompare)),
                    Comparison.LessThanOrEqual => new MemberLimits(Maximum: Number(comparison.ValueToCompare)),
                    _ => new MemberLimits(),
                },
                IMaxItemsValidator items => new MemberLimits(MaxItems: items.MaxItems),
                _ => new MemberLimits(),
            });
        }
        return limits;
    }

    private static decimal? Number(object? value) => value is IConvertible ? Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static bool IsForEach(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    /// <summary>Every registered validator by the type it checks, with the inline validators of its <c>ChildRules</c>.</summary>
    private static Dictionary<Type, List<IValidator>> Discover(IServiceProvider services)
    {
        var found = new Dictionary<Type, List<IValidator>>();
        var checkedTypes = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("Manabi.", StringComparison.Ordinal) == true)
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition && typeof(IValidator).IsAssignableFrom(t))
            .Select(t => t.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)).GetGenericArguments()[0])
            .Distinct();
        foreach (var type in checkedTypes)
        {
            foreach (var validator in services.GetServices(typeof(IValidator<>).MakeGenericType(type)).OfType<IValidator>())
            {
                Add(found, type, validator);
            }
        }
        return found;
    }

    private static void Add(Dictionary<Type, List<IValidator>> found, Type type, IValidator validator)
    {
        (found.TryGetValue(type, out var list) ? list : found[type] = []).Add(validator);
        foreach (var component in validator.CreateDescriptor().Rules.SelectMany(r => r.Components))
        {
            if (component.Validator is IChildValidatorAdaptor child && Inline(child) is { } inner)
            {
                Add(found, inner.GetType().GetInterfaces()
                    .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)).GetGenericArguments()[0], inner);
            }
        }
    }

    /// <summary>The fixed validator a child adaptor holds (ChildRules and SetValidator(instance)); none when it is chosen per value.</summary>
    private static IValidator? Inline(IChildValidatorAdaptor child) =>
        child.GetType().GetField("_validator", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(child) as IValidator;
}
