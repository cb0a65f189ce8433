using System.Reflection;
using Manabi.BuildingBlocks.Http;

namespace Manabi.Api.Setup;

/// <summary>
/// The indicators dashboard: a static page over the public Indicators API, with the chart library
/// embedded in the host from the npm package the build fetched — nothing comes from a CDN, so it
/// works on a PC with no internet (LGWAN).
/// </summary>
internal static class DashboardEndpoints
{
    private const string ResourcePrefix = "dashboard/";

    // Only the page's own files, under a policy that lets it run its scripts and call this host.
    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        [".html"] = "text/html; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".css"] = "text/css; charset=utf-8",
    };

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        var files = Load();
        // A relative redirect: the page's own links then resolve under /dashboard/, behind any path prefix, and no Host header is echoed.
        // Routing matches /dashboard and /dashboard/ alike; the page itself lives at the one with the slash.
        app.MapGet("/dashboard", (HttpContext context) => context.Request.Path.Value!.EndsWith('/')
                ? Serve(context, files["index.html"])
                : Results.Redirect("dashboard/", permanent: true))
            .AllowAnonymous().ExcludeFromDescription().CachedPublicly(0);
        app.MapGet("/dashboard/{file}", (string file, HttpContext context) =>
                files.TryGetValue(file, out var content) && file != "index.html" ? Serve(context, content) : Results.NotFound())
            .AllowAnonymous().ExcludeFromDescription().CachedPublicly(300);
        return app;
    }

    private static IResult Serve(HttpContext context, (byte[] Bytes, string ContentType) file)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.ContentSecurityPolicy = Policy;
            return Task.CompletedTask;
        });
        return Results.Bytes(file.Bytes, file.ContentType);
    }

    private static Dictionary<string, (byte[], string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name[ResourcePrefix.Length..]] = (copy.ToArray(), ContentTypes[Path.GetExtension(name)]);
        }
        return files;
    }
}
