using System.Text.RegularExpressions;

namespace Aeo.Analysis.Tests.Questions;

/// <summary>
/// Every built-in template (and custom templates using {industry}) rendered for realistic industries, brands and
/// competitors must read as a buyer would write it: no doubled word ("software software"), no unfilled or empty slot,
/// no stray punctuation, "a" or "an" as the next word is said, and a product named in the plural never with a
/// singular verb or article.
/// </summary>
public sealed partial class TemplateRenderingProperties
{
    /// <summary>Industries as clients write them: fields, fields with their product noun, and products.</summary>
    private static readonly (string Industry, string? PluralHead)[] Industries =
    [
        ("CRM", null), ("CRM software", null), ("project management", null), ("project management software", null),
        ("accounting", null), ("accounting software", null), ("email marketing", null), ("email marketing platform", null),
        ("help desk", null), ("help desk software", null), ("HR", null), ("HR software", null), ("payroll", null),
        ("payroll services", "services"), ("analytics", null), ("product analytics tools", "tools"), ("e-commerce platform", null),
        ("ecommerce", null), ("video conferencing", null), ("video conferencing app", null), ("VPN", null), ("VPN service", null),
        ("running shoes", "shoes"), ("meal kits", "kits"), ("note-taking app", null), ("password managers", "managers"),
        ("web hosting", null), ("cloud hosting service", null), ("marketing automation tools", "tools"),
        ("online course platforms", "platforms"), ("mattresses", "mattresses"), ("electric bikes", "bikes"), ("pet insurance", null),
        ("inventory management system", null), ("customer support software", null), ("SEO tools", "tools"),
        ("AI writing assistants", "assistants"), ("B2B SaaS", null), ("identity verification services", "services"),
        ("cybersecurity", null), ("team chat apps", "apps"), ("accounting solutions", "solutions"), ("software", null),
        ("subscription boxes", "boxes"), ("skincare products", "products"),
    ];

    /// <summary>Brand names and the article a buyer says before each ("an Asana licence", "a Xero licence").</summary>
    private static readonly (string Brand, string Article)[] Brands =
    [
        ("HubSpot", "a"), ("Zoho CRM", "a"), ("Monday.com", "a"), ("Asana", "an"), ("Xero", "a"), ("Help Scout", "a"),
        ("1Password", "a"), ("Hoka", "a"), ("HelloFresh", "a"), ("On", "an"), ("Acme Inc.", "an"), ("AZ Coatings", "an"),
        ("Uber", "an"), ("Airtable", "an"), ("ASICS", "an"), ("Okta", "an"), ("Intercom", "an"), ("Eventbrite", "an"),
        ("Upwork", "an"), ("8x8", "an"), ("HP", "an"), ("Salesforce", "a"), ("Pipedrive", "a"), ("NordVPN", "a"),
        ("ExpressVPN", "an"), ("Freshdesk", "a"), ("Gusto", "a"), ("Notion", "a"), ("Evernote", "an"), ("Ahrefs", "an"),
        ("Kit", "a"), ("SAP", "an"), ("Unbounce", "an"), ("Ubiquiti", "a"), ("Shopify", "a"),
    ];

    private static readonly string[] GenericNouns =
        ["software", "tool", "tools", "app", "apps", "platform", "platforms", "service", "services", "solution", "solutions", "system", "systems"];

    private static readonly string[] CustomTemplates =
    [
        "Which {industry} vendors suit {persona} with strict security needs?",
        "Is {brand} the safest {industry} platform?",
        "Which {industry} software is trusted most {market}?",
        "What do {industry} buyers ask {competitor} before signing?",
    ];

    [Fact]
    public void Every_template_reads_cleanly_for_every_industry()
    {
        var rendered = 0;
        foreach (var (industry, pluralHead) in Industries)
        {
            foreach (var text in RenderAll(industry, "HubSpot", ["Salesforce", "Pipedrive", "Zoho CRM"]))
            {
                Assert.Empty(Faults(text, pluralHead));
                rendered++;
            }
        }

        Assert.True(Industries.Length >= 30 && rendered > Industries.Length * QuestionTemplates.All.Count);
    }

    [Property(MaxTest = 200)]
    public Property Any_industry_brand_and_competitors_read_cleanly() =>
        Prop.ForAll(
            (from industry in Gen.Choose(0, Industries.Length - 1)
             from brand in Gen.Choose(0, Brands.Length - 1)
             from competitor in Gen.Choose(0, Brands.Length - 1)
             select (Industry: industry, Brand: brand, Competitor: competitor)).ToArbitrary(),
            picks =>
            {
                var (industry, pluralHead) = Industries[picks.Industry];
                var brand = Brands[picks.Brand].Brand;
                var competitors = Brands.Select(b => b.Brand).Where(b => b != brand).Skip(picks.Competitor % (Brands.Length - 2)).Take(2).ToArray();
                var faults = RenderAll(industry, brand, competitors).SelectMany(text => Faults(text, pluralHead)).ToList();
                return faults.Count == 0 ? true.ToProperty() : false.Label(string.Join("; ", faults));
            });

    [Fact]
    public void The_article_before_a_brand_is_the_one_its_name_is_said_with()
    {
        foreach (var (brand, article) in Brands)
        {
            var pricing = RenderAll("CRM", brand, ["Salesforce"]).Single(text => text.StartsWith("How much does a", StringComparison.Ordinal)
                || text.StartsWith("How much does an", StringComparison.Ordinal));
            Assert.StartsWith($"How much does {article} {brand} license", pricing);
        }
    }

    [Theory]
    [InlineData("CRM software", "Which CRM software would you recommend for a small business?")]
    [InlineData("CRM software", "What are the top 10 CRM tools right now?")]
    [InlineData("CRM software", "Which CRM software vendors have the best reputation in the US?")]
    [InlineData("accounting", "Can you recommend an accounting platform for enterprise teams?")]
    [InlineData("HR", "Can you recommend an HR platform for enterprise teams?")]
    [InlineData("running shoes", "What is the best running shoe for small teams?")]
    [InlineData("running shoes", "How should an 8-person team choose running shoes?")]
    [InlineData("running shoes", "Which running shoe features matter most for an 8-person team?")]
    [InlineData("running shoes", "How much do running shoes typically cost?")]
    [InlineData("VPN service", "What are the top 10 VPN services right now?")]
    [InlineData("VPN service", "Which VPN service would you recommend for a small business?")]
    [InlineData("email marketing tools", "What email marketing tool do you recommend for a growing startup?")]
    public void Industries_that_name_their_product_render_it_once(string industry, string expected) =>
        Assert.Contains(expected, RenderAll(industry, "Acme", ["Salesforce"]));

    private static List<string> RenderAll(string industry, string brand, IReadOnlyList<string> competitors)
    {
        var request = new QuestionRequest(
            brand, competitors, industry, [], 100_000, UseCases: ["lead scoring", "invoicing"],
            Personas: ["an 8-person team", "a 10-person agency"], IncludeMarket: true);
        var fill = QuestionFill.From(request);
        var templates = QuestionTemplates.All.Concat(CustomTemplates.Select(pattern => new QuestionTemplate("custom", pattern)));
        return [.. templates.SelectMany(template => TemplateExpander.Expand(template, fill))];
    }

    private static IEnumerable<string> Faults(string text, string? pluralHead)
    {
        if (text.IndexOfAny(['{', '}', '\uE000', '\uE001']) >= 0)
        {
            yield return $"unfilled slot: \"{text}\"";
        }

        if (StrayPunctuation().IsMatch(text) || text != text.Trim() || !text.EndsWith('?'))
        {
            yield return $"stray punctuation or an empty slot: \"{text}\"";
        }

        var asWritten = Words().Matches(text).Select(m => m.Value).ToArray();
        var words = asWritten.Select(word => word.ToLowerInvariant()).ToArray();
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i] == words[i - 1] || (GenericNouns.Contains(words[i]) && GenericNouns.Contains(words[i - 1])))
            {
                yield return $"doubled \"{words[i - 1]} {words[i]}\": \"{text}\"";
            }

            if (words[i - 1] is "a" or "an" && ExpectedArticle(asWritten[i]) is { } article && article != words[i - 1])
            {
                yield return $"\"{words[i - 1]} {words[i]}\": \"{text}\"";
            }
        }

        if (pluralHead is not null && Regex.IsMatch(text, $@"\b(?:{pluralHead} (?:is|has|offers|works|suits|does)|(?:a|an|does|is) (?:\w+ )?{pluralHead})\b"))
        {
            yield return $"plural \"{pluralHead}\" with a singular verb or article: \"{text}\"";
        }
    }

    // The article for an ordinary lower-case word; names and acronyms are checked against the brand table instead.
    private static string? ExpectedArticle(string word) =>
        word.Length == 0 || !char.IsLetter(word[0]) || !word.All(c => char.IsLower(c) || c == '-') ? null
        : "aeiou".Contains(word[0]) ? "an"
        : "a";

    [GeneratedRegex(@"\s{2}|\s[?.,:;!]|[?.,:;!]{2}|[?!,;:][A-Za-z]|\(\s*\)|^\s*[?.,:;!]")]
    private static partial Regex StrayPunctuation();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}.'-]*")]
    private static partial Regex Words();
}
