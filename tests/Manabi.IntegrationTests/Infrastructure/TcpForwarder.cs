using System.Net;
using System.Net.Sockets;

namespace Manabi.IntegrationTests.Infrastructure;

/// <summary>A port that starts forwarding to PostgreSQL when the test says so: a database that comes up after the API.</summary>
internal sealed class TcpForwarder : IDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();

    private TcpForwarder(int port, string host, int targetPort)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        _ = AcceptAsync(host, targetPort);
    }

    public static TcpForwarder Start(int port, string host, int targetPort) => new(port, host, targetPort);

    private async Task AcceptAsync(string host, int targetPort)
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = PipeAsync(client, host, targetPort);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private async Task PipeAsync(TcpClient client, string host, int targetPort)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(host, targetPort, _stop.Token);
                await Task.WhenAny(client.GetStream().CopyToAsync(server.GetStream(), _stop.Token), server.GetStream().CopyToAsync(client.GetStream(), _stop.Token));
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException)
            {
                // One side closed.
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
