using System.Globalization;
using Aeo.Platforms;

namespace Aeo.FakeProviders.RateLimited;

/// <summary>
/// An OpenAI-compatible chat-completions provider with a hard requests-per-minute limit, enforced the way providers
/// do: a request that would make any 60-second window hold more than the limit is refused 429 with
/// <c>retry-after</c> and <c>x-ratelimit-*</c> headers. Accepted requests take a long-tailed latency and are answered
/// with a realistic buyer's-guide answer from the simulated engine, with token usage. Optional faults:
/// injected 5xx and a burst of 429s. Plug <see cref="RespondAsync"/> into a <see cref="FakeProviderServer"/>.
/// </summary>
public sealed class RateLimitedChatProvider
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly object gate = new();
    private readonly Queue<DateTimeOffset> acceptedInWindow = new();
    private readonly List<DateTimeOffset> acceptedAll = [];
    private readonly Dictionary<string, int> samplesByQuestion = [];
    private readonly SimulatedAnswerEngine writer;
    private readonly IReadOnlyList<string> brands;
    private readonly ProviderFaults faults;
    private readonly Random random;
    private readonly double latencyMedianMs;
    private readonly double latencyMaxMs;
    private int received;
    private int answered;
    private int rateLimited;
    private int burstRefused;
    private int serverErrors;
    private int rateLimitedAfterPause;
    private DateTimeOffset? burstEndsAt;
    private DateTimeOffset? firstRateLimitAt;
    private DateTimeOffset? pauseEndsAt;

    public RateLimitedChatProvider(
        string name, int requestsPerMinute, double latencyMedianMs, double latencyMaxMs, IReadOnlyList<string> brands, ProviderFaults faults, int seed)
    {
        RequestsPerMinute = requestsPerMinute;
        this.latencyMedianMs = latencyMedianMs;
        this.latencyMaxMs = latencyMaxMs;
        this.brands = brands;
        this.faults = faults;
        random = new Random(seed);
        writer = new SimulatedAnswerEngine(name, new PlatformOptions
        {
            Kind = PlatformKinds.Simulated,
            Simulated = new SimulatedPlatformOptions { Seed = seed, LatencyMinMs = 0, LatencyMedianMs = 0, LatencyMaxMs = 0 },
        });
    }

    public int RequestsPerMinute { get; }

    public async Task<FakeReply> RespondAsync(FakeRequest request)
    {
        var now = DateTimeOffset.UtcNow;
        string question;
        int sample;
        TimeSpan latency;
        lock (gate)
        {
            received++;
            if (faults.BurstAfterRequest is { } after && received == after + 1)
            {
                burstEndsAt = now + faults.BurstLength;
            }
            if (burstEndsAt is { } burstEnd && now < burstEnd)
            {
                burstRefused++;
                // A capacity dip, not the account's budget: the headers still tell the truth about the window.
                return RateLimitedReply(now, burstEnd - now, remaining: null);
            }
            while (acceptedInWindow.Count > 0 && acceptedInWindow.Peek() <= now - Minute)
            {
                acceptedInWindow.Dequeue();
            }
            if (acceptedInWindow.Count >= RequestsPerMinute)
            {
                rateLimited++;
                return RateLimitedReply(now, acceptedInWindow.Peek() + Minute - now, remaining: 0);
            }
            acceptedInWindow.Enqueue(now);
            acceptedAll.Add(now);
            if (random.NextDouble() < faults.ServerErrorRate)
            {
                serverErrors++;
                var status = random.Next(2) == 0 ? 500 : 503;
                return FakeReply.Json(new { error = new { message = "The server had an error while processing your request.", type = "server_error" } }, status);
            }
            question = QuestionOf(request);
            sample = samplesByQuestion[question] = samplesByQuestion.GetValueOrDefault(question) + 1;
            latency = Latency();
            answered++;
        }

        var answer = await writer.AskAsync(new AnswerRequest(question, sample, brands), CancellationToken.None);
        var body = new
        {
            id = "chatcmpl-" + Guid.NewGuid().ToString("N"),
            @object = "chat.completion",
            created = now.ToUnixTimeSeconds(),
            model = "fake-chat-1",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = answer.Text }, finish_reason = "stop" } },
            usage = new { prompt_tokens = answer.InputTokens, completion_tokens = answer.OutputTokens, total_tokens = answer.InputTokens + answer.OutputTokens },
        };
        return FakeReply.Json(body, headers: LimitHeaders(now)).After(latency);
    }

    public ProviderTally Tally()
    {
        lock (gate)
        {
            var times = acceptedAll.Order().ToArray();
            var most = 0;
            for (int i = 0, j = 0; i < times.Length; i++)
            {
                while (times[i] - times[j] >= Minute)
                {
                    j++;
                }

                most = Math.Max(most, i - j + 1);
            }
            return new ProviderTally(received, answered, rateLimited, burstRefused, serverErrors, most, firstRateLimitAt, rateLimitedAfterPause);
        }
    }

    /// <summary>
    /// A refusal. A client that honours the first one stays away until its retry-after has passed; a 429 received
    /// after that first pause has ended, beyond the burst, means the client is not pacing itself to the limit.
    /// </summary>
    private FakeReply RateLimitedReply(DateTimeOffset now, TimeSpan wait, int? remaining)
    {
        if (firstRateLimitAt is null)
        {
            firstRateLimitAt = now;
            pauseEndsAt = now + wait;
        }
        else if (now >= pauseEndsAt && (burstEndsAt is not { } end || now >= end))
        {
            rateLimitedAfterPause++;
        }
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return FakeReply.Json(
                new { error = new { message = $"Rate limit reached for requests. Please try again in {seconds}s.", type = "requests", code = "rate_limit_exceeded" } },
                429,
                LimitHeaders(now, remaining))
            .WithHeader("retry-after", seconds.ToString(CultureInfo.InvariantCulture));
    }

    private Dictionary<string, string> LimitHeaders(DateTimeOffset now, int? remaining = null)
    {
        var left = remaining ?? Math.Max(0, RequestsPerMinute - acceptedInWindow.Count);
        var reset = acceptedInWindow.Count > 0 ? acceptedInWindow.Peek() + Minute - now : TimeSpan.Zero;
        return new Dictionary<string, string>
        {
            ["x-ratelimit-limit-requests"] = RequestsPerMinute.ToString(CultureInfo.InvariantCulture),
            ["x-ratelimit-remaining-requests"] = left.ToString(CultureInfo.InvariantCulture),
            ["x-ratelimit-reset-requests"] = Math.Max(0, reset.TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture) + "s",
        };
    }

    /// <summary>Log-normal around the median with about 1 % at the maximum, like the simulated engine's.</summary>
    private TimeSpan Latency()
    {
        var sigma = Math.Log(latencyMaxMs / latencyMedianMs) / 2.326;
        var normal = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
        return TimeSpan.FromMilliseconds(Math.Clamp(latencyMedianMs * Math.Exp(sigma * normal), 50, latencyMaxMs));
    }

    private static string QuestionOf(FakeRequest request)
    {
        var messages = request.Json.GetProperty("messages");
        return messages[messages.GetArrayLength() - 1].GetProperty("content").GetString() ?? string.Empty;
    }
}
