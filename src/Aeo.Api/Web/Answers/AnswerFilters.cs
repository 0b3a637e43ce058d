namespace Aeo.Api.Web.Answers;

/// <summary>
/// The answers browser's filters, read from the query string so a filtered list can be bookmarked and shared. A value
/// that is not one the run knows (a platform, a brand, a sentiment) is dropped rather than refused: the list then shows
/// what the remaining filters select, and the form shows which filters are in force.
/// </summary>
/// <param name="Brand">The brand <see cref="Mentioned"/> and <see cref="Sentiment"/> are about: the client's own unless another tracked brand is named.</param>
public sealed record AnswerFilters(string? Platform, int? Question, string Brand, bool? Mentioned, string? Sentiment, int Page)
{
    public const int PageSize = 20;

    public static readonly IReadOnlyList<string> Sentiments = ["positive", "neutral", "negative"];

    /// <summary>Whether any filter narrows the list (the brand alone does not: it only says what the others are about).</summary>
    public bool Any => Platform is not null || Question is not null || Mentioned is not null || Sentiment is not null;

    /// <param name="brands">The run's tracked brands, the client's own first.</param>
    public static AnswerFilters Read(IQueryCollection query, IReadOnlyList<string> brands)
    {
        var platform = query["platform"].ToString().Trim();
        var brand = query["brand"].ToString();
        var sentiment = query["sentiment"].ToString();
        return new AnswerFilters(
            platform.Length == 0 ? null : platform,
            int.TryParse(query["question"], NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) ? ordinal : null,
            brands.Contains(brand, StringComparer.Ordinal) ? brand : brands[0],
            query["mentioned"].ToString() switch { "yes" => true, "no" => false, _ => null },
            Sentiments.Contains(sentiment, StringComparer.Ordinal) ? sentiment : null,
            int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : 1);
    }

    public ResponseFilter ToResponseFilter() => new(Brand, Mentioned, Sentiment);

    /// <summary>This list's address on page <paramref name="page"/>.</summary>
    public string Link(Guid runId, int page)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        Add("platform", Platform);
        Add("question", Question?.ToString(CultureInfo.InvariantCulture));
        Add("brand", Brand);
        Add("mentioned", Mentioned switch { true => "yes", false => "no", null => null });
        Add("sentiment", Sentiment);
        Add("page", page.ToString(CultureInfo.InvariantCulture));
        return $"/runs/{runId}/answers?{string.Join('&', query)}";
    }
}
