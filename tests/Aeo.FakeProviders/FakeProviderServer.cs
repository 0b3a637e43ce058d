using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aeo.FakeProviders;

/// <summary>
/// A real HTTP server on loopback (Kestrel, random port) that answers every request with <see cref="Respond"/>,
/// which a test or a provider-specific fake swaps at will, and records what it received. A reply's delay is
/// cut short when the client gives up, like a real server's would be.
/// </summary>
public sealed class FakeProviderServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeRequest> requests = new();

    private FakeProviderServer(WebApplication app, Func<FakeRequest, Task<FakeReply>> respond)
    {
        this.app = app;
        Respond = respond;
    }

    public Func<FakeRequest, Task<FakeReply>> Respond { get; set; }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<FakeRequest> Requests => [.. requests];

    public static async Task<FakeProviderServer> StartAsync(Func<FakeRequest, Task<FakeReply>> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeProviderServer(app, respond);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public static Task<FakeProviderServer> StartAsync(Func<FakeRequest, FakeReply> respond) =>
        StartAsync(request => Task.FromResult(respond(request)));

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new FakeRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "/",
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
            body,
            DateTimeOffset.UtcNow);
        requests.Enqueue(request);

        var reply = await Respond(request);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = reply.ContentType;
        foreach (var (name, value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }
        await context.Response.WriteAsync(reply.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
