using Aeo.Api.Charts;

namespace Aeo.Api.Reports;

/// <summary>
/// Renders a <see cref="RunReport"/> as one self-contained HTML page: no script, no external font, stylesheet or
/// image; charts are inline SVG, so the page renders offline, under a policy of
/// <c>default-src 'none'; style-src 'unsafe-inline'; img-src data:</c>, and prints to PDF from a browser.
/// Everything that came from a provider or a user is escaped (<see cref="HtmlText.Escape"/>). The tables of figures
/// are <see cref="HtmlFigureSections"/>', the changes <see cref="HtmlChangesSection"/>'.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>The report's charts write their figures as its tables do, whatever the reader's language.</summary>
    private static readonly IntervalChartText ChartText = new(HtmlText.Percent, HtmlText.Interval);

    public static string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var brandIndex = report.Brands.Select((b, i) => (b.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<title>AI visibility report: {HtmlText.Escape(report.Client.Brand)}, {HtmlText.Date(report.Run.CreatedAt)}</title>\n");
        html.Append("<style>\n").Append(ReportStyles.Css).Append("\n</style>\n</head>\n<body>\n<main>\n");

        Identity(html, report);
        Headline(html, report);
        HtmlFigureSections.PlatformMatrix(html, report);
        HtmlFigureSections.RankAndSentiment(html, report);
        HtmlFigureSections.Sources(html, report);
        HtmlFigureSections.Categories(html, report);
        HtmlChangesSection.Render(html, report);
        SampleAnswers(html, report, brandIndex);
        Questions(html, report);

        html.Append($"<footer>Report schema {report.SchemaVersion}. Run {report.Run.Id}. Figures are built from the run's stored answers; ");
        html.Append("intervals are 95 % with the question as the cluster.</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Identity(StringBuilder html, RunReport report)
    {
        var run = report.Run;
        html.Append($"<h1>AI visibility report: {HtmlText.Escape(report.Client.Brand)}</h1>\n");
        html.Append($"<p class=\"lead\">{HtmlText.Escape(report.Client.Name)} · {HtmlText.Escape(report.Client.Industry)} · compared with ");
        html.Append(report.Client.Competitors.Count == 0 ? "no competitors" : HtmlText.Escape(string.Join(", ", report.Client.Competitors)));
        html.Append("</p>\n");
        if (run.Simulated)
        {
            var simulated = report.Platforms.Where(p => p.Simulated).Select(p => p.Name);
            html.Append("<div class=\"banner simulated\" id=\"simulated\">SIMULATED: answers from ");
            html.Append(HtmlText.Escape(string.Join(", ", simulated)));
            html.Append(" came from a local simulated engine, not a real AI platform. Their figures describe no real engine.</div>\n");
        }
        if (!run.Ended)
        {
            html.Append($"<div class=\"banner partial\" id=\"partial\">PARTIAL: the run is still {HtmlText.Escape(run.Status)}; ");
            html.Append($"{HtmlText.Int(run.AnsweredWorkItems)} of {HtmlText.Int(run.PlannedWorkItems)} answers are in.</div>\n");
        }

        html.Append("<section id=\"run\">\n<h2>The run</h2>\n<dl class=\"identity\">\n");
        Term(html, "Run", $"{run.Id} ({HtmlText.Escape(run.Status)})");
        Term(html, "Created", HtmlText.Date(run.CreatedAt));
        Term(html, "Started", HtmlText.Date(run.StartedAt));
        Term(html, "Ended", HtmlText.Date(run.CompletedAt));
        Term(html, "Questions", $"{HtmlText.Int(run.Questions)} × {run.SamplesPerQuestion} sample(s) per platform");
        Term(html, "Answers", $"{HtmlText.Int(run.AnsweredWorkItems)} of {HtmlText.Int(run.PlannedWorkItems)} planned; {HtmlText.Int(run.FailedWorkItems)} failed");
        var unknown = run.UnknownCostAnswers > 0 ? $" (plus {HtmlText.Int(run.UnknownCostAnswers)} answers of unknown cost)" : "";
        Term(html, "Cost", HtmlText.Usd(run.CostUsd) + unknown);
        html.Append("</dl>\n<h3>Platforms</h3>\n<table class=\"platforms\">\n<thead><tr><th>Platform</th><th>Models</th>");
        html.Append("<th class=\"num\">Answers</th><th class=\"num\">Failed</th><th class=\"num\">Avg latency</th><th class=\"num\">Cost</th></tr></thead>\n<tbody>\n");
        foreach (var platform in report.Platforms)
        {
            html.Append($"<tr><td>{HtmlText.Escape(platform.Name)}{(platform.Simulated ? " <span class=\"tag sim\">simulated</span>" : "")}</td>");
            html.Append($"<td>{(platform.Models.Count == 0 ? "–" : HtmlText.Escape(string.Join(", ", platform.Models)))}</td>");
            html.Append($"<td class=\"num\">{HtmlText.Int(platform.Answered)}</td><td class=\"num\">{HtmlText.Int(platform.Failed)}</td>");
            html.Append($"<td class=\"num\">{HtmlText.Int(platform.AverageLatencyMs)} ms</td><td class=\"num\">{HtmlText.Usd(platform.CostUsd)}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Term(StringBuilder html, string term, string escapedValue) =>
        html.Append($"<dt>{term}</dt><dd>{escapedValue}</dd>\n");

    private static void Headline(StringBuilder html, RunReport report)
    {
        var headline = report.Headline;
        html.Append("<section id=\"headline\">\n<h2>Headline figures</h2>\n");
        html.Append($"<p class=\"note\">Non-branded questions only (the buyer names no brand): {HtmlText.Int(headline.Answers)} answers to ");
        html.Append($"{HtmlText.Int(headline.Questions)} questions. The dot is the figure, the bar its 95 % interval.</p>\n");
        var brands = report.Brands.Where(b => headline.Brands.ContainsKey(b.Name)).ToList();
        html.Append("<h3>Mention rate (visibility)</h3>\n");
        html.Append(IntervalChart.Render("Mention rate with 95 % intervals", Rows(brands, b => headline.Brands[b.Name].MentionRate), ChartText));
        html.Append("\n<h3>Share of voice</h3>\n");
        html.Append(IntervalChart.Render("Share of voice with 95 % intervals", Rows(brands, b => headline.Brands[b.Name].ShareOfVoice), ChartText));
        html.Append("\n</section>\n");
    }

    private static List<IntervalRow> Rows(IEnumerable<ReportBrand> brands, Func<ReportBrand, RateEstimate> rate) =>
        brands.Select(b => IntervalRow.Of(b.Name, b.IsClient, rate(b))).ToList();

    private static void SampleAnswers(StringBuilder html, RunReport report, IReadOnlyDictionary<string, int> brandIndex)
    {
        html.Append("<section id=\"answers\">\n<h2>Sample answers</h2>\n");
        html.Append($"<p class=\"note\">Up to {RunReportBuilder.SampleAnswersPerPlatform} answers per platform, non-branded questions first. ");
        html.Append("Every tracked brand mention is highlighted; hover a mark for the brand and the answer's sentiment towards it.</p>\n");
        if (report.SampleAnswers.Count == 0)
        {
            html.Append("<p>No answers yet.</p>\n");
        }
        foreach (var answer in report.SampleAnswers)
        {
            html.Append("<article class=\"answer\">\n");
            html.Append($"<div class=\"meta\">{HtmlText.Escape(answer.Platform)} · {HtmlText.Escape(answer.Model)}");
            html.Append(answer.Simulated ? " · <span class=\"tag sim\">simulated</span>" : "");
            html.Append($" · question {answer.QuestionOrdinal}, sample {answer.Sample} · {HtmlText.Escape(answer.Category)}</div>\n");
            html.Append($"<div class=\"question\">{HtmlText.Escape(answer.Question)}</div>\n");
            html.Append($"<div class=\"text\">{MentionHighlighter.Highlight(answer.Text, answer.Mentions, brandIndex)}</div>\n");
            html.Append("<ul class=\"mentions\">\n");
            if (answer.Mentions.Count == 0)
            {
                html.Append("<li>No tracked brand is mentioned.</li>\n");
            }
            foreach (var mention in answer.Mentions)
            {
                var list = mention.ListPosition is { } position ? $", list position {position}" : "";
                html.Append($"<li><mark class=\"b{brandIndex.GetValueOrDefault(mention.Brand) % MentionHighlighter.BrandColours}\">{HtmlText.Escape(mention.Brand)}</mark>: ");
                html.Append($"rank {mention.Rank}, {mention.Count} mention(s){list}, sentiment ");
                html.Append($"<span class=\"tag {HtmlText.Escape(mention.Sentiment)}\">{HtmlText.Escape(mention.Sentiment)} {HtmlText.Number(mention.SentimentScore)}</span></li>\n");
            }
            html.Append("</ul>\n</article>\n");
        }
        html.Append("</section>\n");
    }

    private static void Questions(StringBuilder html, RunReport report)
    {
        html.Append($"<section id=\"questions\">\n<h2>All questions ({HtmlText.Int(report.Questions.Count)})</h2>\n<ol class=\"questions\">\n");
        foreach (var question in report.Questions)
        {
            var type = question.Type == QuestionTypes.Branded ? "branded" : "non-branded";
            html.Append($"<li value=\"{question.Ordinal}\">{HtmlText.Escape(question.Text)} <span class=\"tag\">{HtmlText.Escape(question.Category)}</span> ");
            html.Append($"<span class=\"tag\">{type}</span></li>\n");
        }
        html.Append("</ol>\n</section>\n");
    }
}
