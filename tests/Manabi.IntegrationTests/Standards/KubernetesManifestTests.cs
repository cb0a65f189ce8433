using k8s;
using k8s.Models;
using Manabi.IntegrationTests.Infrastructure;

namespace Manabi.IntegrationTests.Standards;

/// <summary>
/// <c>deploy/kubernetes</c> as a cluster would take it: every object against the Kubernetes API's
/// schemas (kubernetes-models) and with no field Kubernetes does not know (the official C# client,
/// strict), and the objects agreeing with each other, so a typo fails here instead of at apply time.
/// </summary>
public sealed class KubernetesManifestTests
{
    private static readonly string Folder = Path.Combine(StandardsTools.Directory, "..", "..", "deploy", "kubernetes");

    // CloudNativePG's own kinds: no schema ships with the validators (the operator checks them on apply).
    private const string OperatorManifest = "postgres-cluster.yaml";

    private static IEnumerable<string> Manifests => Directory.GetFiles(Folder, "*.yaml").Where(f => Path.GetFileName(f) != "kustomization.yaml").Order();

    [Fact]
    public async Task Every_object_passes_the_Kubernetes_schemas_and_names_no_field_Kubernetes_does_not_know()
    {
        var result = await StandardsTools.RunNodeAsync("kubernetes-manifests.js", [.. Manifests]);

        Assert.Empty(result["errors"]!.AsArray());
        var checkedKinds = result["checked"]!.AsArray().Select(d => d!.GetValue<string>().Split(' ')[1].Split('/')[0]).ToHashSet();
        Assert.Superset(new HashSet<string> { "Deployment", "Job", "Service", "Ingress", "PodDisruptionBudget", "HorizontalPodAutoscaler", "ConfigMap", "Namespace" }, checkedKinds);
        Assert.All(result["unchecked"]!.AsArray(), d => Assert.StartsWith(OperatorManifest, d!.GetValue<string>()));
        foreach (var file in Manifests.Where(f => Path.GetFileName(f) != OperatorManifest))
        {
            KubernetesYaml.LoadAllFromString(await File.ReadAllTextAsync(file), null, strict: true);
        }
        // The check can fail: a misspelt field is refused.
        var misspelt = (await File.ReadAllTextAsync(Path.Combine(Folder, "deployment.yaml"))).Replace("  replicas: 2", "  replica: 2", StringComparison.Ordinal);
        Assert.ThrowsAny<Exception>(() => KubernetesYaml.LoadAllFromString(misspelt, null, strict: true));
    }

    [Fact]
    public async Task The_objects_fit_together_and_probe_the_hosts_health_endpoints()
    {
        var objects = new List<object>();
        foreach (var file in Manifests.Where(f => Path.GetFileName(f) != OperatorManifest))
        {
            objects.AddRange(KubernetesYaml.LoadAllFromString(await File.ReadAllTextAsync(file), null, strict: true));
        }
        var deployment = objects.OfType<V1Deployment>().Single();
        var pods = deployment.Spec.Template.Metadata.Labels;
        var api = deployment.Spec.Template.Spec.Containers.Single();

        Assert.Equal(deployment.Spec.Selector.MatchLabels, pods);
        Assert.Equal(pods, objects.OfType<V1Service>().Single().Spec.Selector);
        Assert.Contains(api.Ports, p => p.Name == objects.OfType<V1Service>().Single().Spec.Ports.Single().TargetPort.Value);
        Assert.Equal(pods, objects.OfType<V1PodDisruptionBudget>().Single().Spec.Selector.MatchLabels);
        Assert.Equal((deployment.Kind, deployment.Metadata.Name), (objects.OfType<V2HorizontalPodAutoscaler>().Single().Spec.ScaleTargetRef.Kind,
            objects.OfType<V2HorizontalPodAutoscaler>().Single().Spec.ScaleTargetRef.Name));
        Assert.Equal(("/health/ready", "/health/live"), (api.ReadinessProbe.HttpGet.Path, api.LivenessProbe.HttpGet.Path));
        Assert.NotNull(api.Resources.Requests["memory"]);
        Assert.NotNull(api.Resources.Limits["memory"]);

        // Replicas do not migrate; the Job does, with the same image and settings.
        var settings = objects.OfType<V1ConfigMap>().Single();
        Assert.Equal("false", settings.Data["Database__MigrateOnStartup"]);
        var migrate = objects.OfType<V1Job>().Single().Spec.Template.Spec.Containers.Single();
        Assert.Equal(api.Image, migrate.Image);
        Assert.Equal(["migrate"], migrate.Args);
        Assert.All(api.EnvFrom.Concat(migrate.EnvFrom), from => Assert.Equal(settings.Metadata.Name, from.ConfigMapRef.Name));
        // Secrets by reference only: city IT's (deploy/README.md) and the one CloudNativePG makes for the cluster's owner.
        var cnpg = KubernetesYaml.LoadAllFromString(await File.ReadAllTextAsync(Path.Combine(Folder, OperatorManifest)), new Dictionary<string, Type>
        {
            ["postgresql.cnpg.io/v1/Cluster"] = typeof(Dictionary<object, object>), ["postgresql.cnpg.io/v1/ScheduledBackup"] = typeof(Dictionary<object, object>),
        }).Cast<Dictionary<object, object>>().ToList();
        var cluster = (Dictionary<object, object>)cnpg.Single(d => (string)d["kind"] == "Cluster")["metadata"];
        Assert.Equal("manabi-db", cluster["name"]);
        var secrets = api.Env.Concat(migrate.Env).Where(e => e.ValueFrom is not null).Select(e => e.ValueFrom.SecretKeyRef.Name).ToHashSet();
        Assert.Equal([$"{cluster["name"]}-app", "manabi-secrets"], secrets.Order());
        Assert.Contains("manabi-secrets", await File.ReadAllTextAsync(Path.Combine(Folder, "..", "README.md")));
        Assert.All(api.Env.Concat(migrate.Env), e => Assert.True(e.Value is null || !e.Value.Contains("Password=", StringComparison.Ordinal)
            || e.Value.Contains("Password=$(DB_PASSWORD)", StringComparison.Ordinal), e.Name));

        // kustomize applies every file here.
        var kustomization = await File.ReadAllTextAsync(Path.Combine(Folder, "kustomization.yaml"));
        Assert.All(Manifests, file => Assert.Contains($"  - {Path.GetFileName(file)}", kustomization));
    }
}
