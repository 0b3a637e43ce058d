namespace Aeo.Analysis.Tests.Sentiment;

/// <summary>
/// Stands in for the brand detector in sentiment tests: every whole-word, case-sensitive occurrence of the tracked
/// brand names becomes a mention span, so each test states only the text and the brand it judges.
/// </summary>
internal static class TrackedBrands
{
    public static readonly string[] Names =
    [
        "Asana", "Trello", "Monday.com", "ClickUp", "Notion", "Jira", "Basecamp", "HubSpot", "Salesforce", "Pipedrive",
        "Zoho CRM", "Slack", "Microsoft Teams", "Zoom", "Google Meet", "Shopify", "WooCommerce", "BigCommerce",
        "Mailchimp", "Klaviyo", "Figma", "Sketch", "Canva", "QuickBooks", "Xero", "FreshBooks", "Zendesk", "Freshdesk",
        "Intercom", "Datadog", "New Relic", "Grafana", "Vercel", "Netlify", "AWS", "Heroku", "1Password", "Bitwarden",
        "LastPass", "Dropbox", "Box", "Airtable", "Smartsheet", "Wrike", "Linear", "GitHub", "GitLab",
    ];

    public static IReadOnlyList<BrandSpan> Find(string text)
    {
        var spans = new List<BrandSpan>();
        foreach (var name in Names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                var after = at + name.Length == text.Length || !char.IsLetterOrDigit(text[at + name.Length]);
                if (before && after)
                {
                    spans.Add(new BrandSpan(at, name.Length, name));
                }
            }
        }

        return spans.OrderBy(span => span.Start).ToArray();
    }

    /// <summary>The target for <paramref name="brand"/>: all its mentions in the text, with every other brand's mentions.</summary>
    public static SentimentTarget Target(string text, string brand)
    {
        var spans = Find(text);
        return new SentimentTarget(text, brand, spans.Where(span => span.Brand == brand).ToArray())
        {
            OtherMentions = spans.Where(span => span.Brand != brand).ToArray(),
        };
    }

    /// <summary>What the lexicon reads at the <paramref name="occurrence"/>-th (0-based) mention of <paramref name="brand"/>.</summary>
    public static SentimentResult Reading(LexiconSentimentProvider provider, string text, string brand, int occurrence = 0) =>
        provider.AnalyzeMentions(Target(text, brand))[occurrence];
}
