using System.Reflection;
using FluentValidation;
using Manabi.BuildingBlocks.Contracts;
using Manabi.BuildingBlocks.Messaging;
using Mediator;

namespace Manabi.ArchitectureTests;

public sealed class ConventionTests
{
    private static readonly Type[] AllTypes = Module.All.SelectMany(m => m.AllTypes).Where(t => !t.IsAbstract || !t.IsSealed).ToArray();

    private static bool Implements(Type type, Type openOrClosed) =>
        type.GetInterfaces().Any(i => i == openOrClosed || (i.IsGenericType && i.GetGenericTypeDefinition() == openOrClosed));

    private static readonly Type[] HandlerInterfaces =
    [
        typeof(ICommandHandler<>), typeof(ICommandHandler<,>), typeof(IQueryHandler<,>),
        typeof(IRequestHandler<>), typeof(IRequestHandler<,>), typeof(INotificationHandler<>),
    ];

    private static IEnumerable<Type> Concrete => AllTypes.Where(t => t is { IsClass: true, IsAbstract: false } && !t.Name.Contains('<'));

    [Fact]
    public void Handlers_are_internal_and_named_Handler()
    {
        var handlers = Concrete.Where(t => HandlerInterfaces.Any(i => Implements(t, i))).ToList();
        Assert.NotEmpty(handlers);
        Assert.All(handlers, h =>
        {
            Assert.False(h.IsPublic, $"{h.Name} must be internal");
            Assert.EndsWith("Handler", h.Name);
        });
    }

    [Fact]
    public void Integration_event_consumers_are_internal_and_named_Consumer()
    {
        var consumers = Concrete.Where(t => typeof(IIntegrationEventHandler).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(consumers);
        Assert.All(consumers, c =>
        {
            Assert.False(c.IsPublic, $"{c.Name} must be internal");
            Assert.EndsWith("Consumer", c.Name);
        });
    }

    [Fact]
    public void Messages_are_named_for_their_role()
    {
        Assert.All(Concrete.Where(t => typeof(IBaseCommand).IsAssignableFrom(t)), t => Assert.EndsWith("Command", t.Name));
        Assert.All(Concrete.Where(t => typeof(IBaseQuery).IsAssignableFrom(t)), t => Assert.EndsWith("Query", t.Name));
        Assert.All(Concrete.Where(t => Implements(t, typeof(IValidator<>))), t => Assert.EndsWith("Validator", t.Name));
    }

    [Fact]
    public void Integration_events_live_in_Contracts_are_sealed_records_and_named_IntegrationEvent()
    {
        var events = Concrete.Where(t => typeof(IntegrationEvent).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.EndsWith("IntegrationEvent", e.Name);
            Assert.EndsWith(".Contracts", e.Assembly.GetName().Name);
            Assert.True(e.IsSealed, $"{e.Name} must be sealed");
            Assert.All(e.GetProperties(), p => Assert.False(p.CanWrite && p.SetMethod!.IsPublic && !IsInitOnly(p), $"{e.Name}.{p.Name} must be immutable"));
        });
    }

    [Fact]
    public void Every_command_has_a_validator()
    {
        var validated = Concrete.SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => i.GetGenericArguments()[0]).ToHashSet();
        var commands = Concrete.Where(t => typeof(IBaseCommand).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.True(validated.Contains(c), $"{c.Name} has no validator"));
    }

    private static bool IsInitOnly(PropertyInfo property) =>
        property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
