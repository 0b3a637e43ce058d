using System.Security.Cryptography;
using System.Text;
using Aeo.Abstractions.Audits;
using Aeo.Abstractions.Grains;
using Aeo.Grains.Hosting;
using Aeo.Platforms;
using Aeo.Storage.Repositories;
using Microsoft.Extensions.Options;

namespace Aeo.Grains.Audits;

/// <summary>
/// Starts an audit run for a client from a template: the API does it for a request, a schedule for an occurrence.
/// Starting the same run id again returns the run as it is, which is what makes a derived id an idempotency key.
/// </summary>
public sealed class AuditStarter(IGrainFactory grains, IAnswerEngineRegistry platforms, IOptions<AuditOptions> options)
{
    public Task<AuditRunView> StartAsync(Guid runId, ClientRecord client, AuditTemplate template) =>
        grains.GetGrain<IAuditRunGrain>(runId).StartAsync(SpecFor(client, template));

    /// <summary>
    /// A stable run id per (scope, key), so a repeated request cannot start a second run. The scope is the client for
    /// an API request's idempotency key and the schedule for an occurrence: ids never collide across scopes.
    /// </summary>
    public static Guid RunIdFor(Guid scope, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{scope:N}/{idempotencyKey}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    private AuditSpec SpecFor(ClientRecord client, AuditTemplate template) => new(
        client.Id,
        client.Brand,
        client.Competitors,
        client.Industry,
        template.Categories,
        template.Platforms ?? platforms.Platforms.Select(p => p.Name).ToArray(),
        template.MaxQuestions ?? options.Value.DefaultMaxQuestions,
        template.SamplesPerQuestion ?? 1,
        template.CustomQuestions,
        template.UseCases)
    {
        Personas = template.Personas,
        Locale = template.Locale,
        CustomCategories = template.CustomCategories,
        MaxCostUsd = template.MaxCostUsd,
        WebSearch = template.WebSearch,
    };
}
