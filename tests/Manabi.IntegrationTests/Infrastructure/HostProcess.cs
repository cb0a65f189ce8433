using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Manabi.IntegrationTests.Infrastructure;

/// <summary>
/// The API started as city IT starts it: <c>dotnet Manabi.Api.dll</c> in Production, its settings
/// in the environment, its output read as an operator reads it.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private HostProcess(Process process) => _process = process;

    public int HttpPort { get; } = FreePort();

    public string Output { get { lock (_output) { return _output.ToString(); } } }

    public string Error { get { lock (_error) { return _error.ToString(); } } }

    /// <summary>Settings a replica starts with (environment variable names); a null value removes one.</summary>
    public static Dictionary<string, string?> Settings(string connectionString) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Manabi"] = connectionString,
        ["Auth__Jwt__Issuer"] = "manabi-test",
        ["Auth__Jwt__Audience"] = "manabi-api",
        ["Auth__Jwt__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Auth__ApiKeys__Pepper"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Passbook__QrSigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Credentials__SigningKey"] = Convert.ToBase64String(ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKey()),
        ["Http__PublicBaseUrl"] = "https://manabi.example.jp",
    };

    public static HostProcess Start(Dictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo("dotnet", "Manabi.Api.dll")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var host = new HostProcess(new Process { StartInfo = start });
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{host.HttpPort}";
        foreach (var (name, value) in settings)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }
        host._process.OutputDataReceived += (_, e) => Append(host._output, e.Data);
        host._process.ErrorDataReceived += (_, e) => Append(host._error, e.Data);
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        return host;
    }

    /// <summary>The exit code, once the process has ended by itself.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < until && !_process.HasExited, $"The host did not log \"{text}\". It logged:\n{Output}\n{Error}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (builder)
        {
            builder.AppendLine(line);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
