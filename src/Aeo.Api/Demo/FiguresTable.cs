using Spectre.Console;

namespace Aeo.Api.Demo;

/// <summary>The headline figures of a run (non-branded questions, all platforms) as a console table.</summary>
internal static class FiguresTable
{
    public static Table Headline(RunFigures figures)
    {
        var segment = figures.Headline;
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Headline: {segment.Answers} answers to non-branded questions (rates with 95 % intervals)")
            .AddColumns("Brand", "Mention rate", "Share of voice", "Avg rank", "Sentiment", "Prominence", "Cited");
        foreach (var brand in segment.Brands.Values.OrderByDescending(b => b.MentionRate.Value ?? 0))
        {
            table.AddRow(
                Markup.Escape(brand.Brand) + (brand.IsClient ? " [green](client)[/]" : ""),
                Rate(brand.MentionRate),
                Rate(brand.ShareOfVoice),
                brand.AverageRank.Value is { } rank ? rank.ToString("0.0", CultureInfo.InvariantCulture) : "–",
                brand.Sentiment.Value is { } score ? score.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "–",
                Mean(brand.Prominence),
                Rate(brand.CitationRate));
        }
        return table;
    }

    private static string Rate(RateEstimate rate) => rate.Value is { } value
        ? string.Create(CultureInfo.InvariantCulture, $"{value * 100:0}% [grey]{rate.Lower * 100:0}–{rate.Upper * 100:0}[/]")
        : "–";

    private static string Mean(MeanEstimate mean) => mean.Value is { } value
        ? string.Create(CultureInfo.InvariantCulture, $"{value:0.00}")
            + (mean.Lower is { } lower && mean.Upper is { } upper
                ? string.Create(CultureInfo.InvariantCulture, $" [grey]{lower:0.00}–{upper:0.00}[/]")
                : "")
        : "–";
}
