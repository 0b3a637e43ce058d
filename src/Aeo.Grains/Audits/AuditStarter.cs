namespace Aeo.Grains.Audits;

/// <inheritdoc cref="IAuditStarter"/>
public sealed class AuditStarter(
    IGrainFactory grains, ClientRepository clients, IAnswerEngineRegistry platforms, IOptions<AuditOptions> options) : IAuditStarter
{
    public async Task<AuditRunView> StartAsync(Guid runId, Guid clientId, AuditTemplate template)
    {
        var client = await clients.GetAsync(clientId, CancellationToken.None)
            ?? throw new InvalidOperationException("The client no longer exists.");
        return await grains.GetGrain<IAuditRunGrain>(runId).StartAsync(SpecFor(client, template));
    }

    private AuditSpec SpecFor(ClientRecord client, AuditTemplate template) => new(
        client.Id,
        client.Brand,
        client.Competitors,
        client.Industry,
        template.Categories,
        template.Platforms ?? platforms.Platforms.Select(p => p.Name).ToArray(),
        template.MaxQuestions ?? options.Value.DefaultMaxQuestions,
        template.Sampling is null ? template.SamplesPerQuestion ?? 1 : 1,
        template.CustomQuestions,
        template.UseCases)
    {
        Personas = template.Personas,
        Locale = template.Locale,
        CustomCategories = template.CustomCategories,
        MaxCostUsd = template.MaxCostUsd,
        WebSearch = template.WebSearch,
        Sampling = template.Sampling,
    };
}
