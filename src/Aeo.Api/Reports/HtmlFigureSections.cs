namespace Aeo.Api.Reports;

/// <summary>The report's tables of figures: brand × platform, rank and sentiment, sources, categories.</summary>
internal static class HtmlFigureSections
{
    public static void PlatformMatrix(StringBuilder html, RunReport report)
    {
        html.Append("<section id=\"matrix\">\n<h2>Brand × platform</h2>\n");
        html.Append("<p class=\"note\">Mention rate and share of voice on each platform, non-branded questions; the 95 % interval is under each figure.</p>\n");
        var platforms = report.Platforms.Select(p => p.Name).Where(report.PlatformMatrix.ContainsKey).ToList();
        html.Append("<table class=\"matrix\">\n<thead><tr><th rowspan=\"2\">Brand</th>");
        foreach (var platform in platforms)
        {
            html.Append($"<th class=\"platform\" colspan=\"2\">{HtmlText.Escape(platform)}</th>");
        }
        html.Append("</tr>\n<tr>");
        foreach (var _ in platforms)
        {
            html.Append("<th class=\"num\">mention rate</th><th class=\"num\">share of voice</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var brand in report.Brands)
        {
            html.Append(BrandRowStart(brand));
            foreach (var platform in platforms)
            {
                var figures = report.PlatformMatrix[platform].Brands.GetValueOrDefault(brand.Name);
                html.Append(figures is null ? "<td class=\"num\">–</td><td class=\"num\">–</td>" : RateCell(figures.MentionRate) + RateCell(figures.ShareOfVoice));
            }
            html.Append("</tr>\n");
        }
        html.Append("<tr><td class=\"note\">answers</td>");
        foreach (var platform in platforms)
        {
            html.Append($"<td class=\"num note\" colspan=\"2\">{HtmlText.Int(report.PlatformMatrix[platform].Answers)}</td>");
        }
        html.Append("</tr>\n</tbody>\n</table>\n</section>\n");
    }

    public static void RankAndSentiment(StringBuilder html, RunReport report)
    {
        html.Append("<section id=\"rank\">\n<h2>Rank and sentiment</h2>\n");
        html.Append("<p class=\"note\">Non-branded questions. Rank 1 is named first among the tracked brands; sentiment runs from −1 (negative) to +1 (positive), over the answers that mention the brand.</p>\n");
        html.Append("<table>\n<thead><tr><th>Brand</th><th class=\"num\">Average rank</th><th class=\"num\">Named first, when mentioned</th>");
        html.Append("<th class=\"num\">Sentiment</th><th class=\"num\">Answers with a sentiment</th></tr></thead>\n<tbody>\n");
        foreach (var brand in report.Brands)
        {
            if (!report.Headline.Brands.TryGetValue(brand.Name, out var figures))
            {
                continue;
            }
            html.Append(BrandRowStart(brand));
            html.Append(MeanCell(figures.AverageRank)).Append(RateCell(figures.FirstRankRateWhenMentioned)).Append(MeanCell(figures.Sentiment));
            html.Append($"<td class=\"num\">{HtmlText.Int(figures.Sentiment.N)}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    public static void Sources(StringBuilder html, RunReport report)
    {
        html.Append("<section id=\"sources\">\n<h2>Cited sources</h2>\n");
        html.Append($"<p class=\"note\">{HtmlText.Int(report.Sources.TotalCited)} cited sources over all answers; the {RunReportBuilder.TopDomains} most cited domains.</p>\n");
        html.Append("<table class=\"domains\">\n<thead><tr><th>Domain</th><th>Tracked brand</th><th class=\"num\">Cited</th><th class=\"num\">Share</th></tr></thead>\n<tbody>\n");
        if (report.Sources.TopDomains.Count == 0)
        {
            html.Append("<tr><td colspan=\"4\">No answer cited a source.</td></tr>\n");
        }
        foreach (var domain in report.Sources.TopDomains)
        {
            html.Append($"<tr><td>{HtmlText.Escape(domain.Domain)}</td><td>{HtmlText.Escape(domain.Brand ?? "")}</td>");
            html.Append($"<td class=\"num\">{HtmlText.Int(domain.CitedCount)}</td><td class=\"num\">{HtmlText.Percent(domain.Share)}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n<h3>Each brand's own domains</h3>\n");
        html.Append("<p class=\"note\">All answers. Cited: the answer cites a page on the brand's domains. Retrieved only: the engine read such a page but cited none of them.</p>\n");
        html.Append("<table class=\"own\">\n<thead><tr><th>Brand</th><th>Domains</th><th class=\"num\">Answers citing them</th>");
        html.Append("<th class=\"num\">Retrieved, not cited</th><th class=\"num\">Share of cited sources</th></tr></thead>\n<tbody>\n");
        foreach (var brand in report.Brands)
        {
            if (!report.Overall.Brands.TryGetValue(brand.Name, out var figures))
            {
                continue;
            }
            html.Append(BrandRowStart(brand));
            html.Append($"<td>{(brand.Domains.Count == 0 ? "–" : HtmlText.Escape(string.Join(", ", brand.Domains)))}</td>");
            html.Append(RateCell(figures.CitationRate)).Append(RateCell(figures.RetrievedNotCitedRate)).Append(RateCell(figures.CitationShare)).Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    public static void Categories(StringBuilder html, RunReport report)
    {
        html.Append("<section id=\"categories\">\n<h2>By category</h2>\n");
        html.Append("<p class=\"note\">Mention rate per question category, all of the category's answers (branded questions included).</p>\n");
        html.Append("<table class=\"categories\">\n<thead><tr><th>Category</th><th class=\"num\">Answers</th>");
        foreach (var brand in report.Brands)
        {
            html.Append($"<th class=\"num\">{HtmlText.Escape(brand.Name)}</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (category, segment) in report.ByCategory)
        {
            html.Append($"<tr><td>{HtmlText.Escape(category)}</td><td class=\"num\">{HtmlText.Int(segment.Answers)}</td>");
            foreach (var brand in report.Brands)
            {
                html.Append(segment.Brands.TryGetValue(brand.Name, out var figures) ? RateCell(figures.MentionRate) : "<td class=\"num\">–</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string BrandRowStart(ReportBrand brand) =>
        $"<tr{(brand.IsClient ? " class=\"client\"" : "")}><td>{HtmlText.Escape(brand.Name)}</td>";

    private static string RateCell(RateEstimate rate) =>
        $"<td class=\"num\">{HtmlText.Percent(rate.Value)}<span class=\"ci\">{HtmlText.Interval(rate)}</span></td>";

    private static string MeanCell(MeanEstimate mean) =>
        $"<td class=\"num\">{HtmlText.Number(mean.Value)}<span class=\"ci\">{HtmlText.Interval(mean)}</span></td>";
}
