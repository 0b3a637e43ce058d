using Aeo.Abstractions.Audits;

namespace Aeo.Api.Audits;

/// <summary>Turns a validated request for a client into a run and starts it on the cluster.</summary>
public sealed class AuditLauncher(IAuditStarter starter)
{
    /// <param name="idempotencyKey">A repeated request with the same key returns the run the first one started.</param>
    public Task<AuditRunView> LaunchAsync(Guid clientId, CreateAuditRequest request, string? idempotencyKey)
    {
        var runId = idempotencyKey is null ? Guid.CreateVersion7() : AuditRunIds.For(clientId, idempotencyKey);
        return starter.StartAsync(runId, clientId, TemplateOf(request));
    }

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
