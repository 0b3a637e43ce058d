using static Aeo.Analysis.Sentiment.SentimentLabel;

namespace Aeo.Analysis.Tests.Sentiment;

/// <summary>
/// A short text and one brand in it, with the stance a careful human reader gives the text towards that brand
/// (<see cref="SentimentDefinition"/>): one of three labels, and whether praise and criticism are both substantive.
/// </summary>
internal sealed record LabelledMention(string Text, string Brand, SentimentLabel Expected, bool Mixed = false);

/// <summary>
/// Sentences and short answers in the style of AI answer engines about software products, written for these tests and
/// labelled by reading, before and independently of the analyzer's output: plain praise and criticism, neutral facts,
/// mixed verdicts, negation, contrast, comparatives in both directions, several brands per sentence, lists and tables.
/// Relabelled by the three-label definition: a text with substantive praise and criticism and no verdict is neutral
/// and mixed; a brief concession before criticism is criticism; price facts and price comparisons are neutral.
/// </summary>
internal static class LabelledSentimentCorpus
{
    private const string CrmList = """
        Here are the best CRMs for a small agency:

        1. **HubSpot** – Generous free tier and excellent marketing tools.
        2. **Pipedrive** – Simple, visual pipelines; reporting is limited.
        3. **Salesforce** – Extremely powerful, but expensive and complex to configure.
        """;

    private const string ProjectTable = """
        | Tool | Best for | Drawbacks |
        |---|---|---|
        | Asana | Cross-team projects | Pricey for small teams |
        | Trello | Simple kanban boards | Limited reporting |
        """;

    private const string KnowledgeList = """
        - **Notion**: flexible docs and wikis, though it can get slow with large workspaces.
        - **Jira**: the standard for engineering teams, but overwhelming for everyone else.
        """;

    private const string HostingAnswer = """
        If you deploy Next.js, Vercel is the natural choice: previews and edge functions just work.
        Netlify is a close second and often cheaper for static sites. Heroku used to be the default, but it now feels overpriced.
        """;

    public static readonly LabelledMention[] Mentions =
    [
        new("Asana is an excellent choice for marketing teams that need clear timelines.", "Asana", Positive),
        new("For small agencies, Trello is easy to use and free for basic boards.", "Trello", Positive),
        new("Jira has a steep learning curve and can feel overwhelming for non-technical teams.", "Jira", Negative),
        new("Basecamp is a project management and team communication tool based in Chicago.", "Basecamp", Neutral),
        new("HubSpot's free CRM is generous, but its paid tiers get expensive quickly.", "HubSpot", Neutral, Mixed: true),
        new("Salesforce is powerful, but often overkill for small teams.", "Salesforce", Negative),
        new("Pipedrive is a sales-first pipeline tool that small teams love.", "Pipedrive", Positive),
        new("Zoho CRM is very affordable and packed with features, although its interface feels a bit dated.", "Zoho CRM", Positive),
        new("Slack is the go-to chat app for most tech companies.", "Slack", Positive),
        new("Microsoft Teams is clunky compared to Slack, but it is included with Microsoft 365.", "Microsoft Teams", Negative),
        new("Microsoft Teams is clunky compared to Slack, but it is included with Microsoft 365.", "Slack", Positive),
        new("Zoom remains the most reliable option for large webinars.", "Zoom", Positive),
        new("Shopify is the best platform for beginners who want to launch a store quickly.", "Shopify", Positive),
        new("WooCommerce is free, but hosting, themes and extensions add hidden costs.", "WooCommerce", Negative),
        new("BigCommerce is not the cheapest option, but it includes more built-in features than Shopify.", "BigCommerce", Positive),
        new("Mailchimp's automation is limited and its pricing climbs steeply as your list grows.", "Mailchimp", Negative),
        new("Klaviyo is the top choice for ecommerce email marketing, especially for Shopify stores.", "Klaviyo", Positive),
        new("Klaviyo is the top choice for ecommerce email marketing, especially for Shopify stores.", "Shopify", Neutral),
        new("Figma has become the industry standard for collaborative interface design.", "Figma", Positive),
        new("Sketch is only available on macOS, which limits cross-platform teams.", "Sketch", Negative),
        new("Canva is great for quick social graphics but lacks the precision professional designers need.", "Canva", Neutral, Mixed: true),
        new("QuickBooks Online is the most widely used accounting software for US small businesses.", "QuickBooks", Positive),
        new("Xero offers unlimited users on every plan, which makes it a better value than QuickBooks for growing teams.", "Xero", Positive),
        new("Xero offers unlimited users on every plan, which makes it a better value than QuickBooks for growing teams.", "QuickBooks", Negative),
        new("FreshBooks is designed for freelancers and service businesses that bill by the hour.", "FreshBooks", Neutral),
        new("Zendesk is robust and highly customizable, yet many small teams find it expensive and complex to configure.", "Zendesk", Neutral, Mixed: true),
        new("Freshdesk is a cheaper alternative to Zendesk with a generous free plan.", "Freshdesk", Positive),
        new("Freshdesk is a cheaper alternative to Zendesk with a generous free plan.", "Zendesk", Neutral),
        new("Intercom's chatbot features are impressive, but the per-seat pricing is hard to justify for startups.", "Intercom", Neutral, Mixed: true),
        new("Datadog is expensive at scale, and its billing can be confusing.", "Datadog", Negative),
        new("Grafana is open source and pairs well with Prometheus.", "Grafana", Positive),
        new("Vercel makes deploying Next.js apps effortless.", "Vercel", Positive),
        new("Netlify's build minutes run out fast on the free plan, and bandwidth overages are pricey.", "Netlify", Negative),
        new("AWS offers the broadest range of services, but its console is notoriously confusing.", "AWS", Neutral, Mixed: true),
        new("Heroku was once the easiest way to deploy an app, but it removed its free tier in 2022 and now feels overpriced.", "Heroku", Negative),
        new("1Password is widely regarded as the most polished password manager.", "1Password", Positive),
        new("Bitwarden is open source, audited, and remarkably affordable.", "Bitwarden", Positive),
        new("LastPass suffered multiple security breaches, and many experts no longer recommend it.", "LastPass", Negative),
        new("Airtable combines the simplicity of a spreadsheet with the power of a database.", "Airtable", Positive),
        new("Smartsheet feels dated next to newer tools like Monday.com and ClickUp.", "Smartsheet", Negative),
        new("Wrike is a capable platform for enterprise project portfolios.", "Wrike", Positive),
        new("Linear is fast, keyboard-driven and loved by engineering teams.", "Linear", Positive),
        new("GitHub is where most open-source projects live.", "GitHub", Neutral),
        new("GitLab bundles CI/CD into the same product, which many DevOps teams appreciate.", "GitLab", Positive),
        new("ClickUp tries to do everything, and the result can feel bloated and buggy.", "ClickUp", Negative),
        new("Notion is incredibly flexible, but it can get slow with large databases.", "Notion", Neutral, Mixed: true),
        new("Monday.com is colorful and easy to onboard, while its automations are capped on lower tiers.", "Monday.com", Positive),
        new("Trello doesn't scale well for complex projects with many dependencies.", "Trello", Negative),
        new("Asana is not cheap, but the time it saves makes it worth the price.", "Asana", Positive),
        new("I wouldn't recommend Basecamp for software teams that need issue tracking.", "Basecamp", Negative),
        new("Jira isn't the easiest tool to learn, but nothing beats it for agile engineering teams.", "Jira", Positive),
        new("HubSpot and Salesforce are both excellent CRMs, but HubSpot is far easier to set up.", "HubSpot", Positive),
        new("HubSpot and Salesforce are both excellent CRMs, but HubSpot is far easier to set up.", "Salesforce", Positive),
        new("Pipedrive is simpler than Salesforce, but Salesforce offers far deeper reporting.", "Pipedrive", Positive),
        new("Zoho CRM is cheaper than HubSpot but less polished.", "Zoho CRM", Negative),
        new("Zoho CRM is cheaper than HubSpot but less polished.", "HubSpot", Neutral),
        new("Slack's huddles are handy, however its pricing has become hard to justify for larger companies.", "Slack", Neutral, Mixed: true),
        new("For video calls, Zoom and Google Meet are both dependable choices.", "Zoom", Positive),
        new("For video calls, Zoom and Google Meet are both dependable choices.", "Google Meet", Positive),
        new("BigCommerce has no transaction fees on any plan.", "BigCommerce", Neutral),
        new("Klaviyo can become very expensive once your contact list passes 10,000 profiles.", "Klaviyo", Negative),
        new("Figma's free plan is enough for most freelancers.", "Figma", Positive),
        new("Sketch lost ground to Figma because it never offered real-time collaboration in the browser.", "Sketch", Negative),
        new("Sketch lost ground to Figma because it never offered real-time collaboration in the browser.", "Figma", Positive),
        new("Canva is a browser-based design tool with templates for social media, presentations and print.", "Canva", Neutral),
        new("QuickBooks raised prices again this year, frustrating many small business owners.", "QuickBooks", Negative),
        new("Xero's bank reconciliation is fast and accurate.", "Xero", Positive),
        new("FreshBooks is easy to use but lacks the inventory features that product businesses need.", "FreshBooks", Neutral, Mixed: true),
        new("Zendesk, Freshdesk and Intercom all offer shared inboxes and help-center builders.", "Freshdesk", Neutral),
        new("Intercom is the best option if you want chat-first support with a polished messenger.", "Intercom", Positive),
        new("Datadog is the most complete observability platform on the market.", "Datadog", Positive),
        new("New Relic's pricing model changed to per-user billing, which confused many customers.", "New Relic", Negative),
        new("Grafana dashboards can be hard to maintain as they grow.", "Grafana", Negative),
        new("Vercel is more expensive than Netlify for teams that need many seats.", "Vercel", Neutral),
        new("Vercel is more expensive than Netlify for teams that need many seats.", "Netlify", Neutral),
        new("Netlify is a web hosting and deployment platform for static sites and serverless functions.", "Netlify", Neutral),
        new("AWS is the market leader in cloud infrastructure.", "AWS", Positive),
        new("Heroku is a platform as a service owned by Salesforce.", "Heroku", Neutral),
        new("Heroku is a platform as a service owned by Salesforce.", "Salesforce", Neutral),
        new("1Password is more polished than Bitwarden, but Bitwarden is far cheaper.", "1Password", Positive),
        new("1Password is more polished than Bitwarden, but Bitwarden is far cheaper.", "Bitwarden", Negative),
        new("LastPass is still a convenient choice for families on a budget.", "LastPass", Positive),
        new("Dropbox's syncing is rock-solid and its desktop app just works.", "Dropbox", Positive),
        new("Box is built for enterprise content management and compliance.", "Box", Neutral),
        new("Airtable gets expensive quickly once you need more than a few editors.", "Airtable", Negative),
        new("Smartsheet is a solid option for teams that live in spreadsheets.", "Smartsheet", Positive),
        new("Wrike's interface is cluttered and hard to navigate.", "Wrike", Negative),
        new("Linear lacks the deep customization that large enterprises expect from Jira.", "Linear", Negative),
        new("GitHub Actions has made CI setup painless for most repositories.", "GitHub", Positive),
        new("GitLab's self-managed edition is powerful, though upgrades can be painful.", "GitLab", Positive),
        new("ClickUp is the best value for teams that want docs, tasks and goals in one place.", "ClickUp", Positive),
        new("Notion is a workspace for notes, docs and wikis.", "Notion", Neutral),
        new("Monday.com is not the right fit for software teams that need sprint planning.", "Monday.com", Negative),
        new("Trello is hardly ideal for complex portfolios.", "Trello", Negative),
        new("Asana has never let us down during a launch.", "Asana", Positive),
        new("Jira is clunky, slow and overpriced for small teams.", "Jira", Negative),
        new("Basecamp is refreshingly simple, with flat pricing that makes it affordable for growing teams.", "Basecamp", Positive),
        new("HubSpot is a CRM platform with marketing, sales and service hubs.", "HubSpot", Neutral),
        new("Salesforce, despite its complexity, remains the most powerful CRM for large enterprises.", "Salesforce", Positive),
        new("While Pipedrive is excellent for deal tracking, its marketing features are basic.", "Pipedrive", Neutral, Mixed: true),
        new("Slack is great, but Microsoft Teams is better if your company already pays for Microsoft 365.", "Slack", Positive),
        new("Slack is great, but Microsoft Teams is better if your company already pays for Microsoft 365.", "Microsoft Teams", Positive),
        new("Google Meet is simple and reliable, but it lacks advanced features like breakout room analytics.", "Google Meet", Neutral, Mixed: true),
        new("Shopify is easier to use than WooCommerce, which requires WordPress knowledge.", "Shopify", Positive),
        new("Shopify is easier to use than WooCommerce, which requires WordPress knowledge.", "WooCommerce", Negative),
        new("WooCommerce gives you full control over your store, which developers love.", "WooCommerce", Positive),
        new("There are many ways to sell online, and Shopify is one of them.", "Shopify", Neutral),
        new("Klaviyo beats Mailchimp for segmentation and revenue attribution.", "Klaviyo", Positive),
        new("Klaviyo beats Mailchimp for segmentation and revenue attribution.", "Mailchimp", Negative),
        new("Mailchimp falls short of Klaviyo when it comes to ecommerce flows.", "Mailchimp", Negative),
        new("Mailchimp falls short of Klaviyo when it comes to ecommerce flows.", "Klaviyo", Positive),
        new("Without a doubt, Figma is the leading design tool for product teams.", "Figma", Positive),
        new("Canva isn't as powerful as Adobe Illustrator, but it's far easier for non-designers.", "Canva", Positive, Mixed: true),
        new("Xero is a cloud accounting platform from New Zealand.", "Xero", Neutral),
        new("FreshBooks' customer support is consistently praised by reviewers.", "FreshBooks", Positive),
        new("Zendesk's AI add-ons are costly and hit-or-miss.", "Zendesk", Negative),
        new("Intercom is overpriced for early-stage startups.", "Intercom", Negative),
        new("Datadog, New Relic and Grafana are the three most common observability picks.", "Datadog", Neutral),
        new(CrmList, "HubSpot", Positive),
        new(CrmList, "Pipedrive", Positive, Mixed: true),
        new(CrmList, "Salesforce", Neutral, Mixed: true),
        new(ProjectTable, "Asana", Neutral, Mixed: true),
        new(ProjectTable, "Trello", Neutral, Mixed: true),
        new(KnowledgeList, "Notion", Positive),
        new(KnowledgeList, "Jira", Neutral, Mixed: true),
        new(HostingAnswer, "Vercel", Positive),
        new(HostingAnswer, "Netlify", Positive),
        new(HostingAnswer, "Heroku", Negative),
    ];
}
