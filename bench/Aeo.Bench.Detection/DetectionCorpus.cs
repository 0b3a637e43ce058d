using System.Text;
using Aeo.Analysis.Brands;

namespace Aeo.Bench.Detection;

/// <summary>
/// A deterministic benchmark input: <c>brandCount</c> invented brands (name, 1–3 aliases, a domain) and
/// about 1 MB of answers of 2–6 KB each in the shape AI engines give them (headings, prose, numbered and
/// bulleted lists, tables, bold names, a few typographic dashes and apostrophes) naming a few of the brands.
/// </summary>
public sealed class DetectionCorpus
{
    private const int TargetBytes = 1_000_000;

    private static readonly string[] Syllables =
        ["zen", "tro", "va", "lu", "mi", "kor", "ra", "pex", "sa", "do", "qui", "fy", "ly", "nex", "ta", "bri", "go", "hub", "flo", "cen"];

    private static readonly string[] ProductWords = ["CRM", "Cloud", "AI", "Suite", "Analytics", "Desk", "Pay", "Studio"];

    private static readonly string[] TopLevelDomains = [".com", ".io", ".ai", ".co"];

    private static readonly string[] Words =
    [
        "the", "best", "tool", "for", "small", "teams", "is", "and", "but", "pricing", "features", "integrations", "with",
        "a", "an", "to", "of", "in", "on", "it", "its", "their", "you", "your", "can", "offers", "strong", "support",
        "customer", "sales", "marketing", "automation", "reporting", "dashboard", "pipeline", "workflow", "email",
        "plan", "free", "trial", "enterprise", "startups", "agencies", "scales", "well", "easy", "setup", "learning",
        "curve", "steep", "affordable", "expensive", "per", "user", "month", "annual", "billing", "discount", "API",
        "mobile", "app", "reviews", "users", "praise", "complain", "about", "limited", "customisation", "templates",
        "security", "compliance", "SOC", "GDPR", "data", "import", "export", "migration", "onboarding", "training",
        "however", "although", "overall", "especially", "if", "need", "want", "budget", "team", "size", "growth",
        "alternative", "compared", "option", "choice", "popular", "reliable", "flexible", "powerful", "simple",
        "interface", "clean", "modern", "dated", "slow", "fast", "responsive", "analytics", "insights", "forecasting",
        "collaboration", "tasks", "projects", "contacts", "deals", "leads", "tracking", "notifications", "calendar",
        "scheduling", "invoices", "payments", "subscriptions", "chat", "tickets", "knowledge", "base", "portal",
    ];

    private DetectionCorpus(IReadOnlyList<BrandDefinition> brands, IReadOnlyList<string> answers)
    {
        Brands = brands;
        Answers = answers;
        Utf8Bytes = answers.Sum(answer => (long)Encoding.UTF8.GetByteCount(answer));
    }

    public IReadOnlyList<BrandDefinition> Brands { get; }

    public IReadOnlyList<string> Answers { get; }

    public long Utf8Bytes { get; }

    /// <summary>The same brands and answers for the same brand count, every time.</summary>
    public static DetectionCorpus Build(int brandCount)
    {
        var random = new Random(20_250_604 + brandCount);
        var brands = GenerateBrands(random, brandCount);
        var answers = new List<string>();
        var bytes = 0L;
        while (bytes < TargetBytes)
        {
            var answer = GenerateAnswer(random, brands);
            answers.Add(answer);
            bytes += Encoding.UTF8.GetByteCount(answer);
        }

        return new DetectionCorpus(brands, answers);
    }

    private static List<BrandDefinition> GenerateBrands(Random random, int count)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var brands = new List<BrandDefinition>(count);
        while (brands.Count < count)
        {
            var stem = string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));
            var name = char.ToUpperInvariant(stem[0]) + stem[1..];
            if (!names.Add(name))
            {
                continue;
            }

            string[] aliasChoices =
            [
                $"{name} {ProductWords[random.Next(ProductWords.Length)]}",
                $"{name}HQ",
                $"{name} Inc",
                stem[..Math.Min(3, stem.Length)].ToUpperInvariant() + ProductWords[random.Next(ProductWords.Length)],
            ];
            var aliases = aliasChoices.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray();
            var domain = stem + TopLevelDomains[random.Next(TopLevelDomains.Length)];
            brands.Add(new BrandDefinition(name, aliases, [domain]));
        }

        return brands;
    }

    private static string GenerateAnswer(Random random, List<BrandDefinition> brands)
    {
        var featured = Enumerable.Range(0, random.Next(3, 7)).Select(_ => brands[random.Next(brands.Count)]).Distinct().ToList();
        var text = new StringBuilder();
        text.Append("## ").Append(Sentence(random, 4, 8).TrimEnd('.')).Append("\n\n");
        Paragraph(random, text, featured, sentences: random.Next(2, 6));

        text.Append(random.Next(2) == 0 ? "### Top picks\n\n" : "Here are the options worth a look:\n\n");
        for (var i = 0; i < featured.Count; i++)
        {
            var brand = featured[i];
            var marker = random.Next(3) == 0 ? "- " : $"{i + 1}. ";
            text.Append(marker).Append("**").Append(brand.Name).Append("** \u2013 ").Append(Sentence(random, 8, 20)).Append('\n');
            for (var detail = random.Next(0, 3); detail > 0; detail--)
            {
                text.Append("   - ").Append(Sentence(random, 4, 10)).Append('\n');
            }
        }

        text.Append('\n');
        if (random.Next(2) == 0)
        {
            text.Append("| Tool | Best for | Starting price |\n|---|---|---|\n");
            foreach (var brand in featured)
            {
                text.Append("| ").Append(brand.Name).Append(" | ").Append(Sentence(random, 2, 4).TrimEnd('.'))
                    .Append(" | $").Append(random.Next(5, 300)).Append("/user/month |\n");
            }

            text.Append('\n');
        }

        for (var paragraphs = random.Next(2, 6); paragraphs > 0; paragraphs--)
        {
            Paragraph(random, text, featured, sentences: random.Next(3, 8));
        }

        return text.ToString();
    }

    private static void Paragraph(Random random, StringBuilder text, List<BrandDefinition> featured, int sentences)
    {
        for (var i = 0; i < sentences; i++)
        {
            var roll = random.Next(12);
            var brand = featured[random.Next(featured.Count)];
            var sentence = Sentence(random, 8, 24);
            text.Append(roll switch
            {
                0 => $"{brand.Name}\u2019s {sentence[..1].ToLowerInvariant()}{sentence[1..]}",
                1 => $"Compared with {brand.Aliases[0]}, {sentence[..1].ToLowerInvariant()}{sentence[1..]}",
                2 => $"{sentence.TrimEnd('.')} (see {brand.Domains[0]}/pricing).",
                _ => sentence,
            });
            text.Append(' ');
        }

        text.Append("\n\n");
    }

    private static string Sentence(Random random, int minWords, int maxWords)
    {
        var words = Enumerable.Range(0, random.Next(minWords, maxWords + 1)).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        if (words.Length > 6 && random.Next(3) == 0)
        {
            words[words.Length / 2] += ",";
        }

        return string.Join(' ', words) + ".";
    }
}
