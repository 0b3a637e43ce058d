using Aeo.Analysis.Significance;

namespace Aeo.Api.Reports;

/// <summary>
/// The report's "changes since the previous run": the significant changes of the family told in their sentences (every
/// series), then the across-platforms changes as a table, the others greyed as within what chance alone gives.
/// </summary>
internal static class HtmlChangesSection
{
    public static void Render(StringBuilder html, RunReport report)
    {
        html.Append("<section id=\"changes\">\n<h2>Changes since the previous run</h2>\n");
        if (report.Changes is not { } changes)
        {
            html.Append(report.Run.Ended
                ? "<p>This client has no earlier ended run that asked alike (same questions, samples, brands and web search), so there is nothing to compare with.</p>\n</section>\n"
                : "<p>The run has not ended: what changed is known once it ends.</p>\n</section>\n");
            return;
        }
        html.Append($"<p class=\"note\">Compared with run {changes.BaselineRunId} of {HtmlText.Date(changes.BaselineCreatedAt)}, non-branded questions. ");
        html.Append(changes.Paired
            ? $"Both runs asked the same questions; yes/no rates are compared on the {HtmlText.Int(changes.MatchedItems)} items both answered. "
            : "The runs asked different questions, so they are compared as independent samples. ");
        html.Append($"Tests: {HtmlText.Escape(changes.Method)}. A change is called significant when its adjusted p value is at most ");
        html.Append($"{HtmlText.Number(changes.FalseDiscoveryRate)} ({HtmlText.Int(changes.Significant)} of {HtmlText.Int(changes.Tested)} tested). ");
        html.Append("Other differences are shown greyed: they are within what chance alone gives.</p>\n");

        var significant = changes.Changes.Where(c => c.Significant).ToList();
        if (significant.Count == 0)
        {
            html.Append("<p class=\"summary\">No significant change.</p>\n");
        }
        else
        {
            html.Append("<ul class=\"significant\">\n");
            foreach (var change in significant)
            {
                html.Append($"<li>{Direction(change)} {HtmlText.Escape(change.Sentence)}</li>\n");
            }
            html.Append("</ul>\n");
        }

        if (!changes.AcrossPlatforms)
        {
            html.Append("<p class=\"note\">A platform's model changed between the runs, so the figures across platforms are not compared; ");
            html.Append($"the platforms compared one by one: {HtmlText.Escape(string.Join(", ", changes.Platforms))}.</p>\n</section>\n");
            return;
        }
        html.Append("<h3>Across platforms</h3>\n<table class=\"changes\">\n<thead><tr><th>Brand</th><th>Metric</th><th class=\"num\">Before</th>");
        html.Append("<th class=\"num\">After</th><th class=\"num\">Difference (95 % interval)</th><th class=\"num\">Adjusted p</th><th>Verdict</th></tr></thead>\n<tbody>\n");
        foreach (var change in changes.Changes.Where(c => c.Platform is null))
        {
            html.Append(change.Significant ? "<tr class=\"significant\">" : "<tr class=\"insignificant\">");
            html.Append($"<td>{HtmlText.Escape(change.Brand)}</td><td>{HtmlText.Escape(ChangeSentence.Label(change.Metric))}</td>");
            html.Append($"<td class=\"num\">{Value(change.Metric, change.From)}</td><td class=\"num\">{Value(change.Metric, change.To)}</td>");
            html.Append($"<td class=\"num\">{Difference(change)}</td><td class=\"num\">{HtmlText.Number(change.AdjustedPValue, "0.000")}</td>");
            html.Append(change.Significant ? $"<td>{Direction(change)}</td>" : change.PValue is null ? "<td>not testable</td>" : "<td>not significant</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static bool IsMean(string metric) => metric is FigureMetrics.AverageRank or FigureMetrics.Sentiment;

    private static string Value(string metric, double? value) => IsMean(metric) ? HtmlText.Number(value) : HtmlText.Percent(value);

    private static string Difference(SignificantChange change)
    {
        if (change.Difference is not { } difference)
        {
            return "–";
        }
        var scale = IsMean(change.Metric) ? 1 : 100;
        var unit = IsMean(change.Metric) ? "" : " pt";
        var text = $"{Signed(difference * scale)}{unit}";
        return change.Lower is { } lower && change.Upper is { } upper
            ? $"{text}<span class=\"ci\">{Signed(lower * scale)} to {Signed(upper * scale)}{unit}</span>"
            : text;
    }

    private static string Signed(double value) => (value >= 0 ? "+" : "−") + HtmlText.Number(Math.Abs(value), "0.0#");

    private static string Direction(SignificantChange change) => change.Difference switch
    {
        > 0 => "<span class=\"tag up\">up</span>",
        < 0 => "<span class=\"tag down\">down</span>",
        _ => "<span class=\"tag\">unchanged</span>",
    };
}
