using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Manabi.ArchitectureTests;

/// <summary>
/// The shape of ../shared/CONVENTIONS.md: a folder (namespace) per use case with at most one
/// handler, one <c>Map&lt;UseCase&gt;</c> per <c>*Endpoint</c> class, internal messages, and wire
/// records apart from commands.
/// </summary>
public sealed class UseCaseShapeTests
{
    private static IEnumerable<Type> Types(Module module) =>
        module.Runtime.GetTypes().Where(t => !t.Name.Contains('<') && t.Namespace?.Contains(".Features", StringComparison.Ordinal) == true);

    private static bool IsHandler(Type type) =>
        type is { IsClass: true, IsAbstract: false } && type.GetInterfaces().Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(ICommandHandler<>)
                || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)));

    [Theory]
    [MemberData(nameof(Module.Names), MemberType = typeof(Module))]
    public void Each_use_case_folder_holds_at_most_one_handler(string name)
    {
        var crowded = Types(Module.Named(name)).Where(IsHandler).GroupBy(t => t.Namespace)
            .Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Name))}");
        Assert.Empty(crowded);
    }

    [Theory]
    [MemberData(nameof(Module.Names), MemberType = typeof(Module))]
    public void Each_endpoint_class_maps_one_use_case_named_after_it(string name)
    {
        foreach (var endpoint in Types(Module.Named(name)).Where(t => t.Name.EndsWith("Endpoint", StringComparison.Ordinal)))
        {
            var useCase = endpoint.Name[..^"Endpoint".Length];
            var maps = endpoint.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("Map", StringComparison.Ordinal)).ToList();
            var map = Assert.Single(maps);
            Assert.True(endpoint is { IsAbstract: true, IsSealed: true, IsPublic: false }, $"{endpoint.Name} must be internal static");
            Assert.Equal($"Map{useCase}", map.Name);
            Assert.Equal(typeof(RouteHandlerBuilder), map.ReturnType);
            Assert.Equal(typeof(IEndpointRouteBuilder), Assert.Single(map.GetParameters()).ParameterType);
            Assert.True(map.IsDefined(typeof(ExtensionAttribute)), $"{map.Name} is an extension method");
            Assert.EndsWith($".{useCase}", endpoint.Namespace, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Module.Names), MemberType = typeof(Module))]
    public void Commands_and_queries_are_internal_and_nothing_on_the_wire_hides_members(string name)
    {
        var types = Types(Module.Named(name)).ToList();
        var publicMessages = types.Where(t => t.IsPublic && typeof(IMessage).IsAssignableFrom(t)).Select(t => t.FullName);
        var hidden = types.Where(t => t.IsPublic)
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            // Leaving out a null (WhenWritingNull) is a wire choice; hiding a member always is not.
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: not JsonIgnoreCondition.WhenWritingNull })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(publicMessages);
        Assert.Empty(hidden);
    }

    [Theory]
    [MemberData(nameof(Module.Names), MemberType = typeof(Module))]
    public void Public_types_of_a_use_case_are_wire_records_or_enums(string name)
    {
        var others = Types(Module.Named(name)).Where(t => t.IsPublic)
            .Where(t => !t.IsEnum && t.GetMethod("<Clone>$") is null)
            .Select(t => t.FullName);
        Assert.Empty(others);
    }
}
