namespace Aeo.Cli.Output;

/// <summary>The headline figures (non-branded questions, all platforms) of a run's figures document, as a table.</summary>
public static class HeadlineTable
{
    public static Table From(JsonNode figuresDocument)
    {
        var headline = figuresDocument["figures"]?["headline"];
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Headline: {headline.Text("answers")} answers to non-branded questions (95 % intervals)")
            .AddColumns("Brand", "Mention rate", "Share of voice", "Avg rank", "Sentiment", "Cited");
        var brands = (headline?["brands"] as JsonObject)?.Select(b => b.Value).ToList() ?? [];
        foreach (var brand in brands.OrderByDescending(b => b?["mentionRate"].Number("value") ?? 0))
        {
            var client = brand?["isClient"]?.GetValue<bool>() == true;
            table.AddRow(
                brand.Text("brand").EscapeMarkup() + (client ? " [green](client)[/]" : ""),
                Rate(brand?["mentionRate"]),
                Rate(brand?["shareOfVoice"]),
                Format(brand?["averageRank"].Number("value"), "0.0"),
                Format(brand?["sentiment"].Number("value"), "+0.00;-0.00;0.00"),
                Rate(brand?["citationRate"]));
        }
        return table;
    }

    private static string Rate(JsonNode? rate) => rate.Number("value") is { } value
        ? string.Create(CultureInfo.InvariantCulture, $"{value * 100:0}% [grey]{rate.Number("lower") * 100:0}–{rate.Number("upper") * 100:0}[/]")
        : "–";

    private static string Format(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "–";
}
