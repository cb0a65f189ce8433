using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Manabi.IntegrationTests.Infrastructure;

/// <summary>
/// Runs the standard validators (npm packages under <c>tests/Standards</c>, installed by
/// <c>build/test.sh</c>) against the test host, the way a partner or consumer would run them.
/// </summary>
public static class StandardsTools
{
    public static string Directory { get; } = FindDirectory();

    /// <summary>Runs <c>node tests/Standards/{script} args…</c> and parses the JSON it prints.</summary>
    public static async Task<JsonObject> RunNodeAsync(string script, params string[] args)
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules")))
        {
            throw new InvalidOperationException($"The validators are not installed: run `npm ci --prefix {Directory}` (build/test.sh does).");
        }
        var start = new ProcessStartInfo("node") { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"node {script} failed ({process.ExitCode}): {await error}");
        return JsonNode.Parse(await output)!.AsObject();
    }

    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Manabi.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "Standards");
            }
        }
        throw new InvalidOperationException("Manabi.slnx not found above the test binaries.");
    }
}
