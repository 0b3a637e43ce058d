using System.Security.Cryptography;

namespace Aeo.Api.Audits;

/// <summary>Turns a validated request for a client into a run and starts it on the cluster.</summary>
public sealed class AuditLauncher(IAuditStarter starter, IdempotencyKeyRepository idempotencyKeys)
{
    /// <param name="idempotencyKey">A repeated request with the same key and the same body returns the run the first one started.</param>
    /// <exception cref="IdempotencyKeyReusedException">The key was first used with another request.</exception>
    public async Task<AuditRunView> LaunchAsync(Guid clientId, CreateAuditRequest request, string? idempotencyKey, CancellationToken ct)
    {
        var template = TemplateOf(request);
        if (idempotencyKey is null)
        {
            return await starter.StartAsync(Guid.CreateVersion7(), clientId, template);
        }
        var runId = AuditRunIds.For(clientId, idempotencyKey);
        var hash = HashOf(template);
        var bound = await idempotencyKeys.ClaimAsync(clientId, idempotencyKey, hash, runId, ct);
        if (!CryptographicOperations.FixedTimeEquals(bound, hash))
        {
            throw new IdempotencyKeyReusedException();
        }
        return await starter.StartAsync(runId, clientId, template);
    }

    /// <summary>The request as cleaned, so that spacing, blanks or letter case the cleaning removes do not make it another request.</summary>
    private static byte[] HashOf(AuditTemplate template) => SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(template));

    /// <summary>The request's audit fields, cleaned: blanks dropped, text trimmed, category names lower-cased.</summary>
    public static AuditTemplate TemplateOf(CreateAuditRequest request) => new(
        request.Platforms is null ? null : Clean(request.Platforms),
        Clean(request.Categories).Select(c => c.ToLowerInvariant()).ToArray(),
        request.MaxQuestions,
        request.SamplesPerQuestion,
        Clean(request.CustomQuestions),
        Clean(request.UseCases),
        Clean(request.Personas),
        string.IsNullOrWhiteSpace(request.Locale) ? null : request.Locale.Trim(),
        (request.CustomCategories ?? [])
            .Select(c => new CategorySpec(c!.Name!.Trim().ToLowerInvariant(), Clean(c.Templates)))
            .ToArray())
    {
        MaxCostUsd = request.MaxCostUsd,
        WebSearch = request.WebSearch ?? false,
        Sampling = SamplingValidator.SpecOf(request.Sampling),
    };

    private static string[] Clean(List<string?>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToArray();
}

/// <summary>An idempotency key already stands for another request.</summary>
public sealed class IdempotencyKeyReusedException()
    : Exception("This Idempotency-Key was first used with another request body; use a new key for a new request.");
