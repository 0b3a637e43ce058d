using System.Globalization;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Aeo.Storage.Webhooks;

namespace Aeo.Grains.Webhooks;

/// <summary>
/// Sends one delivery attempt, signed the Standard Webhooks way. Redirects are never followed, and the connection is
/// made by a callback that resolves the host itself, drops every address <see cref="WebhookAddresses"/> forbids (unless
/// the host is allowed) and connects to one of the addresses it checked, so a name that resolves differently between a
/// check and the connection (DNS rebinding) cannot reach a private address.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient http;
    private readonly WebhookUrlPolicy policy;
    private readonly WebhookSecrets secrets;
    private readonly TimeProvider time;

    public WebhookSender(WebhookUrlPolicy policy, WebhookSecrets secrets, IOptions<WebhookOptions> options, TimeProvider time)
    {
        this.policy = policy;
        this.secrets = secrets;
        this.time = time;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = options.Value.Timeout,
            ConnectCallback = ConnectAsync,
        };
        http = new HttpClient(handler) { Timeout = options.Value.Timeout };
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Aeo.Orleans-Webhooks", "1"));
    }

    public async Task<SendResult> SendAsync(DueDelivery delivery, CancellationToken ct)
    {
        var body = WebhookBody.For(delivery);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        var id = delivery.EventId.ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSigner.Sign(secrets.Unprotect(delivery.ProtectedSecret), id, timestamp, body));

        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            return new SendResult((int)response.StatusCode, watch.Elapsed, null, RetryAfter(response), false);
        }
        catch (Exception ex) when (Refused(ex) is { } refused)
        {
            return new SendResult(null, watch.Elapsed, refused.Message, null, true);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new SendResult(null, watch.Elapsed, $"No answer within {http.Timeout.TotalSeconds:0.###} s.", null, false);
        }
        catch (HttpRequestException ex)
        {
            return new SendResult(null, watch.Elapsed, ex.InnerException?.Message ?? ex.Message, null, false);
        }
    }

    public void Dispose() => http.Dispose();

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var usable = policy.IsAllowedHost(host) ? addresses : addresses.Where(a => !WebhookAddresses.IsForbidden(a)).ToArray();
        if (usable.Length == 0)
        {
            throw new WebhookAddressRefusedException(
                $"{host} resolves to no public address; only hosts in Aeo:Webhooks:AllowedHosts may be private.");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static WebhookAddressRefusedException? Refused(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is WebhookAddressRefusedException refused)
            {
                return refused;
            }
        }
        return null;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };
}

/// <summary>What one attempt gave: a status code, or an error (none answered); <see cref="Refused"/> when the address was.</summary>
public sealed record SendResult(int? StatusCode, TimeSpan Duration, string? Error, TimeSpan? RetryAfter, bool Refused);

/// <summary>The host of a webhook resolved only to addresses it may not reach.</summary>
public sealed class WebhookAddressRefusedException(string message) : Exception(message);
