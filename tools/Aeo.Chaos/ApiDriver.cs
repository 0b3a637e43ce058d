using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Aeo.Chaos;

/// <summary>Drives the API the way a user would: creates a client with the operator key, starts audits, reads their status.</summary>
internal sealed class ApiDriver(int port, string operatorKey) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] TerminalStatuses = ["completed", "partially_completed", "failed", "cancelled"];

    private readonly HttpClient http = new() { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(40) };
    private string? clientKey;

    public static bool IsTerminal(string status) => TerminalStatuses.Contains(status);

    public async Task CreateClientAsync(CancellationToken ct)
    {
        var body = new
        {
            name = "Chaos Test Client",
            industry = "CRM",
            brand = new { name = "Northwind CRM", aliases = new[] { "Northwind" }, domains = new[] { "northwindcrm.com" } },
            competitors = new[]
            {
                new { name = "HubSpot", aliases = new[] { "Hub Spot" }, domains = new[] { "hubspot.com" } },
                new { name = "Salesforce", aliases = new[] { "Sales Cloud" }, domains = new[] { "salesforce.com" } },
                new { name = "Pipedrive", aliases = Array.Empty<string>(), domains = new[] { "pipedrive.com" } },
            },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/clients") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", operatorKey);
        using var response = await http.SendAsync(request, ct);
        await EnsureSuccessAsync(response, "POST /api/v1/clients", ct);
        var created = await response.Content.ReadFromJsonAsync<CreatedClient>(Json, ct)
            ?? throw new InvalidOperationException("POST /api/v1/clients returned no body.");
        clientKey = created.ApiKey;
    }

    /// <summary>Starts audit number <paramref name="index"/>; a retried start returns the same run (Idempotency-Key).</summary>
    public async Task<Guid> StartAuditAsync(int index, int questions, int samples, CancellationToken ct)
    {
        var body = new
        {
            platforms = ChaosPlatforms.Names,
            maxQuestions = questions,
            samplesPerQuestion = samples,
            useCases = new[] { "a 10-person agency" },
        };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/audits") { Content = JsonContent.Create(body) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", clientKey);
                request.Headers.Add("Idempotency-Key", "chaos-audit-" + index.ToString(CultureInfo.InvariantCulture));
                using var response = await http.SendAsync(request, ct);
                await EnsureSuccessAsync(response, "POST /api/v1/audits", ct);
                var run = await response.Content.ReadFromJsonAsync<AuditRun>(Json, ct)
                    ?? throw new InvalidOperationException("POST /api/v1/audits returned no body.");
                return run.Id;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && attempt < 5 && !ct.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(2 * attempt), ct);
            }
        }
    }

    /// <summary>The run as the API reports it, or null when the API could not answer this time (a silo just died).</summary>
    public async Task<AuditRun?> TryGetAuditAsync(Guid runId, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/audits/{runId}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", clientKey);
            using var response = await http.SendAsync(request, ct);
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<AuditRun>(Json, ct) : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException && !ct.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => http.Dispose();

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            throw new HttpRequestException($"{what} answered {(int)response.StatusCode}: {text}");
        }
    }

    private sealed record CreatedClient(Guid Id, string ApiKey);
}

/// <summary>The part of <c>GET /api/v1/audits/{id}</c> the chaos run follows.</summary>
internal sealed record AuditRun(Guid Id, string Status, string Stage, AuditRunProgress Progress);

internal sealed record AuditRunProgress(int Processed, int Failed, int Settled, int Total);
