using System.Security.Cryptography;
using System.Text;
using Aeo.Abstractions.Audits;
using Aeo.Abstractions.Grains;
using Aeo.Api.Contracts;
using Aeo.Grains.Hosting;
using Aeo.Platforms;
using Aeo.Storage.Repositories;
using Microsoft.Extensions.Options;

namespace Aeo.Api.Audits;

/// <summary>Turns a validated request and its client into a run and starts it on the cluster.</summary>
public sealed class AuditLauncher(IGrainFactory grains, IAnswerEngineRegistry platforms, IOptions<AuditOptions> options)
{
    /// <param name="idempotencyKey">A repeated request with the same key returns the run the first one started.</param>
    public Task<AuditRunView> LaunchAsync(ClientRecord client, CreateAuditRequest request, string? idempotencyKey)
    {
        var bounds = options.Value;
        var spec = new AuditSpec(
            client.Id,
            client.Brand,
            client.Competitors,
            client.Industry,
            Clean(request.Categories).Select(c => c.ToLowerInvariant()).ToArray(),
            request.Platforms is null ? platforms.Platforms.Select(p => p.Name).ToArray() : Clean(request.Platforms),
            request.MaxQuestions ?? bounds.DefaultMaxQuestions,
            request.SamplesPerQuestion ?? 1,
            Clean(request.CustomQuestions),
            Clean(request.UseCases))
        {
            Personas = Clean(request.Personas),
            Locale = string.IsNullOrWhiteSpace(request.Locale) ? null : request.Locale.Trim(),
            CustomCategories = (request.CustomCategories ?? [])
                .Select(c => new CategorySpec(c!.Name!.Trim().ToLowerInvariant(), Clean(c.Templates)))
                .ToArray(),
        };
        var runId = idempotencyKey is null ? Guid.CreateVersion7() : RunIdFor(client.Id, idempotencyKey);
        return grains.GetGrain<IAuditRunGrain>(runId).StartAsync(spec);
    }

    private static string[] Clean(List<string?>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToArray();

    /// <summary>A stable run id per (client, key), so a retried POST cannot start a second run.</summary>
    private static Guid RunIdFor(Guid clientId, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{clientId:N}/{idempotencyKey}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
