namespace Aeo.Api.Clients;

/// <summary>
/// Adds one competitor to a client, refusing one whose name, alias or domain is already tracked (the client's brand
/// or a competitor) or past the most competitors allowed. <c>POST /api/v1/clients/{id}/competitors</c> and the web
/// app's "add as competitor" button both add through here.
/// </summary>
public static class CompetitorAdder
{
    public static Task<CompetitorAddition> AddAsync(
        Guid clientId, BrandSpec competitor, ClientCompetitorRepository competitors, TimeProvider time, CancellationToken ct) =>
        competitors.AddAsync(clientId, competitor, (brand, tracked) => Refusal(competitor, brand, tracked), time.GetUtcNow(), ct);

    private static string? Refusal(BrandSpec competitor, BrandSpec brand, BrandSpec[] tracked)
    {
        if (tracked.Length >= ClientValidator.MaxCompetitors)
        {
            return $"The client already tracks {ClientValidator.MaxCompetitors} competitors, the most allowed.";
        }
        var names = competitor.Aliases.Prepend(competitor.Name).ToList();
        foreach (var known in tracked.Prepend(brand))
        {
            if (known.Aliases.Prepend(known.Name).FirstOrDefault(n => names.Contains(n, StringComparer.OrdinalIgnoreCase)) is { } name)
            {
                return $"'{name}' is already tracked, as {(ReferenceEquals(known, brand) ? "the client's brand" : "competitor " + known.Name)}.";
            }
            if (known.Domains.FirstOrDefault(d => competitor.Domains.Contains(d, StringComparer.OrdinalIgnoreCase)) is { } domain)
            {
                return $"The domain {domain} is already tracked, for {known.Name}.";
            }
        }
        return null;
    }
}
