using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Aeo.Platforms.Http;

/// <summary>
/// The HTTP exchange every provider adapter shares: POST a JSON body, and either return the parsed 2xx body or throw
/// an <see cref="AnswerEngineException"/> classified from the status, the provider's error body and the connection
/// failure. The API key is removed from every message it builds, before any message is shortened (a key cut in two
/// by the shortening would no longer be found). Time limits are the caller's (its token).
/// </summary>
public sealed class ProviderHttp(HttpClient client, string platform, string? apiKey, TimeProvider time)
{
    private const int MaxErrorTextLength = 300;

    /// <summary>Reads a wait from an error body, for providers that say it there rather than in <c>retry-after</c> (Gemini's RetryInfo).</summary>
    public Func<string, TimeSpan?>? RetryAfterInErrorBody { get; init; }

    public async Task<ProviderResponse> PostJsonAsync(Uri url, object body, Action<HttpRequestHeaders> addHeaders, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(JsonSerializer.Serialize(body, ProviderJson.Options), Encoding.UTF8, "application/json"),
        };
        addHeaders(request.Headers);

        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        string raw;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            raw = await response.Content.ReadAsStringAsync(ct);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw Fail(EngineErrorClass.Timeout, "the request timed out", inner: ex);
        }
        catch (HttpRequestException ex)
        {
            var timedOut = ex.InnerException is TimeoutException || ex.InnerException is SocketException { SocketErrorCode: SocketError.TimedOut };
            throw Fail(timedOut ? EngineErrorClass.Timeout : EngineErrorClass.Unavailable, $"the connection failed ({ex.HttpRequestError})", inner: ex);
        }

        using (response)
        {
            var latency = Stopwatch.GetElapsedTime(started);
            var now = time.GetUtcNow();
            var limits = RateLimitHeaders.Parse(response.Headers, now);
            if (!response.IsSuccessStatusCode)
            {
                throw ErrorFor(response.StatusCode, raw, RateLimitHeaders.RetryAfter(response.Headers, now), limits);
            }

            try
            {
                using var document = JsonDocument.Parse(raw);
                return new ProviderResponse(document.RootElement.Clone(), raw, limits, latency);
            }
            catch (JsonException ex)
            {
                throw Fail(EngineErrorClass.InvalidResponse, $"HTTP {(int)response.StatusCode} with a body that is not JSON", inner: ex);
            }
        }
    }

    /// <summary>An answer whose JSON lacks a field the provider documents: classified so the call is retried, never stored half-read.</summary>
    public AnswerEngineException Malformed(string what, Exception? inner = null) =>
        Fail(EngineErrorClass.InvalidResponse, $"the response is not in the documented shape: {what}", inner: inner);

    /// <summary>A 2xx in which the provider reports a failure or a refusal (OpenAI's <c>status: failed</c>, a withheld answer), classified by the adapter; key redacted.</summary>
    public AnswerEngineException Failed(EngineErrorClass errorClass, string providerMessage) =>
        Fail(errorClass, Truncate(Redact(providerMessage)));

    private AnswerEngineException ErrorFor(HttpStatusCode status, string body, TimeSpan? retryAfter, RateLimitSnapshot? limits)
    {
        var code = (int)status;
        var (providerType, providerMessage) = ProviderError.Read(body);
        var errorClass = ProviderError.Classify(code, providerType, providerMessage);
        var detail = providerMessage is null ? $"HTTP {code}" : $"HTTP {code}: {Truncate(Redact(providerMessage))}";
        return new AnswerEngineException(errorClass, Redact($"{platform}: {detail}"), retryAfter ?? RetryAfterInErrorBody?.Invoke(body))
        {
            StatusCode = code,
            RateLimits = limits,
        };
    }

    private AnswerEngineException Fail(EngineErrorClass errorClass, string message, Exception? inner = null) =>
        new(errorClass, Redact($"{platform}: {message}"), inner: inner is null ? null : new ProviderCallException(Redact(inner.Message)));

    private string Redact(string text) =>
        string.IsNullOrEmpty(apiKey) ? text : text.Replace(apiKey, "[redacted]", StringComparison.Ordinal);

    private static string Truncate(string text) => text.Length <= MaxErrorTextLength ? text : text[..MaxErrorTextLength] + "…";
}

/// <summary>The low-level failure behind a provider error, carried as text only so no request object (or key) travels with it.</summary>
public sealed class ProviderCallException(string message) : Exception(message);
