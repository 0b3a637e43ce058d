using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;

namespace Aeo.Cli.Http;

/// <summary>The HTTP API as JSON documents: every error status becomes <see cref="ServerRefusedException"/>, every transport failure <see cref="ServerUnreachableException"/>.</summary>
public sealed class AeoApiClient : IDisposable
{
    private readonly HttpClient http;
    private readonly Uri server;

    public AeoApiClient(ResolvedConnection connection, HttpMessageHandler? handler = null)
    {
        server = connection.Server;
        http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.BaseAddress = connection.Server;
        http.Timeout = Timeout.InfiniteTimeSpan;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", connection.Key);
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("aeo-cli", "1"));
    }

    /// <summary>How long one ordinary request may take before the server counts as unreachable.</summary>
    public static TimeSpan RequestTimeout { get; } = TimeSpan.FromSeconds(60);

    public Task<JsonNode?> GetAsync(string path, CancellationToken ct) => SendAsync(HttpMethod.Get, path, null, null, ct);

    public Task<JsonNode?> PostAsync(string path, JsonNode? body, CancellationToken ct, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Post, path, body, headers, ct);

    public Task<JsonNode?> PutAsync(string path, JsonNode body, CancellationToken ct) => SendAsync(HttpMethod.Put, path, body, null, ct);

    public Task<JsonNode?> DeleteAsync(string path, CancellationToken ct) => SendAsync(HttpMethod.Delete, path, null, null, ct);

    /// <summary>
    /// Hands the body of a successful <c>GET</c> to <paramref name="consume"/> as it arrives, so a large report never sits
    /// in memory; an error status throws before <paramref name="consume"/> is called. Only the answer's headers are timed.
    /// </summary>
    public async Task DownloadAsync(string path, Func<Stream, CancellationToken, Task> consume, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        HttpResponseMessage response;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            timeout.CancelAfter(RequestTimeout);
            response = await SendOrThrowAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token, ct);
        }
        using (response)
        {
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            try
            {
                await consume(body, ct);
            }
            catch (HttpIOException e)
            {
                throw new ServerUnreachableException(server, $"the answer broke off ({e.Message})", e);
            }
        }
    }

    /// <summary>Builds <c>path?name=value&amp;…</c>, leaving out the null values.</summary>
    public static string WithQuery(string path, params (string Name, object? Value)[] query)
    {
        var parts = query.Where(q => q.Value is not null)
            .Select(q => $"{q.Name}={Uri.EscapeDataString(Convert.ToString(q.Value, System.Globalization.CultureInfo.InvariantCulture)!)}")
            .ToArray();
        return parts.Length == 0 ? path : path + "?" + string.Join('&', parts);
    }

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, IReadOnlyDictionary<string, string>? headers, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(RequestTimeout);
        using var response = await SendOrThrowAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
    }

    /// <summary>The server-sent events of <paramref name="path"/>, each as its event name and parsed data, until the stream closes.</summary>
    public async IAsyncEnumerable<(string Event, JsonNode Data)> EventsAsync(string path, [EnumeratorCancellation] CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await SendOrThrowAsync(request, HttpCompletionOption.ResponseHeadersRead, ct, ct);
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var reader = new StreamReader(stream);
        var name = "message";
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0)
                {
                    yield return (name, JsonNode.Parse(data.ToString())!);
                }
                name = "message";
                data.Clear();
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(data.Length > 0 ? "\n" : "").Append(line["data:".Length..].TrimStart());
            }
        }
    }

    private async Task<HttpResponseMessage> SendOrThrowAsync(HttpRequestMessage request, HttpCompletionOption completion, CancellationToken token, CancellationToken callerToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, completion, token);
        }
        catch (HttpRequestException e)
        {
            throw new ServerUnreachableException(server, Reason(e), e);
        }
        catch (OperationCanceledException e) when (!callerToken.IsCancellationRequested)
        {
            throw new ServerUnreachableException(server, $"no answer within {RequestTimeout.TotalSeconds:0} s", e);
        }
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        using (response)
        {
            throw new ServerRefusedException(response.StatusCode, await ProblemAsync(response, callerToken));
        }
    }

    private static string Reason(HttpRequestException e) => e.InnerException switch
    {
        SocketException socket => socket.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused (is the API running?)",
            SocketError.HostNotFound => "unknown host",
            _ => socket.Message,
        },
        _ => e.Message,
    };

    private static async Task<JsonObject?> ProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return JsonNode.Parse(await response.Content.ReadAsStringAsync(ct)) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => http.Dispose();
}
