namespace Aeo.Analysis.Significance;

/// <summary>
/// The sentence a change is told in: "HubSpot's mention rate on openai fell from 62 % to 41 %, significant". Rates are
/// in percent, average rank with one decimal, sentiment signed with two.
/// </summary>
public static class ChangeSentence
{
    public static string For(string brand, string? platform, string metric, double? from, double? to, bool tested, bool significant)
    {
        var where = platform is null ? "across platforms" : "on " + platform;
        var subject = $"{brand}'s {Label(metric)} {where}";
        if (from is not { } before || to is not { } after)
        {
            return $"{subject} cannot be compared: a run has no data for it";
        }
        var (first, second) = Format(metric, before, after);
        var verdict = !tested ? "not testable" : significant ? "significant" : "not significant";
        return first == second
            ? $"{subject} stayed at {second}, {verdict}"
            : $"{subject} {(after > before ? "rose" : "fell")} from {first} to {second}, {verdict}";
    }

    public static string Label(string metric) => metric switch
    {
        FigureMetrics.MentionRate => "mention rate",
        FigureMetrics.ShareOfVoice => "share of voice",
        FigureMetrics.AverageRank => "average rank",
        FigureMetrics.FirstRankRateOfAllAnswers => "first-rank rate",
        FigureMetrics.Sentiment => "sentiment",
        FigureMetrics.CitationRate => "citation rate",
        FigureMetrics.CitationShare => "citation share",
        _ => metric.Replace('_', ' '),
    };

    private static (string, string) Format(string metric, double before, double after)
    {
        switch (metric)
        {
            case FigureMetrics.AverageRank:
                return (Fixed(before, "0.0"), Fixed(after, "0.0"));
            case FigureMetrics.Sentiment:
                return (Fixed(before, "+0.00;-0.00;0.00"), Fixed(after, "+0.00;-0.00;0.00"));
            default:
                var whole = (Percent(before, "0"), Percent(after, "0"));
                return whole.Item1 != whole.Item2 || before == after ? whole : (Percent(before, "0.0"), Percent(after, "0.0"));
        }
    }

    private static string Percent(double rate, string format) => (rate * 100).ToString(format, CultureInfo.InvariantCulture) + " %";

    private static string Fixed(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
