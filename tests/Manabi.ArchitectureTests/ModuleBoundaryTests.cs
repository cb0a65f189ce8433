using NetArchTest.Rules;

namespace Manabi.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Theory]
    [MemberData(nameof(Module.Names), MemberType = typeof(Module))]
    public void A_module_references_no_other_modules_runtime(string name)
    {
        var module = Module.Named(name);
        var others = Module.All.Where(m => m != module).Select(m => m.Runtime.GetName().Name).ToHashSet();
        var referenced = module.Runtime.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain(referenced, others.Contains);

        var result = Types.InAssembly(module.Runtime).ShouldNot()
            .HaveDependencyOnAny(Module.All.Where(m => m != module).Select(m => m.RootNamespace + ".").ToArray())
            .GetResult();
        // Namespaces "Manabi.X.Contracts" are allowed; HaveDependencyOn matches prefixes, so check offenders.
        var offenders = (result.FailingTypes ?? []).Where(t => DependsOnOtherRuntime(t, module)).Select(t => t.FullName);
        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(Module.Names), MemberType = typeof(Module))]
    public void Contracts_depend_on_neither_EF_Core_nor_FluentValidation_nor_any_module_runtime(string name)
    {
        var contracts = Module.Named(name).Contracts;
        var forbidden = new[] { "Microsoft.EntityFrameworkCore", "FluentValidation", "Microsoft.AspNetCore", "Npgsql" }
            .Concat(Module.All.Select(m => m.Runtime.GetName().Name!)).ToHashSet();
        Assert.DoesNotContain(contracts.GetReferencedAssemblies(), a => forbidden.Any(f => a.Name!.StartsWith(f, StringComparison.Ordinal)));
        var result = Types.InAssembly(contracts).ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "FluentValidation", "Microsoft.AspNetCore", "Npgsql").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(Module.Names), MemberType = typeof(Module))]
    public void Domain_depends_on_nothing_in_Features_or_Data_nor_on_EF_Core_or_ASP_NET_Core(string name)
    {
        var module = Module.Named(name);
        var result = Types.InAssembly(module.Runtime).That().ResideInNamespace($"{module.RootNamespace}.Domain")
            .ShouldNot().HaveDependencyOnAny(
                $"{module.RootNamespace}.Features", $"{module.RootNamespace}.Data",
                "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "FluentValidation", "Mediator")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(Module.Names), MemberType = typeof(Module))]
    public void Only_Contracts_and_the_module_entry_point_are_public_in_a_module(string name)
    {
        var module = Module.Named(name);
        // Use cases' wire records are public so OpenAPI can describe them from their XML docs; what
        // they may be is UseCaseShapeTests' business. Nothing else of a module is public.
        var publicTypes = module.Runtime.GetExportedTypes()
            .Where(t => t.Name != $"{name}Module")
            .Where(t => t.Namespace?.StartsWith($"{module.RootNamespace}.Features", StringComparison.Ordinal) != true)
            .Select(t => t.FullName);
        Assert.Empty(publicTypes);
    }

    private static bool DependsOnOtherRuntime(Type type, Module module) =>
        Module.All.Where(m => m != module).Any(other =>
            Types.InAssembly(module.Runtime).That().HaveName(type.Name)
                .ShouldNot().HaveDependencyOnAny(
                    other.Runtime.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct()
                        .Where(n => !n.StartsWith(other.RootNamespace + ".Contracts", StringComparison.Ordinal)).ToArray())
                .GetResult().IsSuccessful == false);
}
