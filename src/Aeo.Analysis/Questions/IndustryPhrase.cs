namespace Aeo.Analysis.Questions;

/// <summary>
/// An industry as a noun phrase that questions can build on, so that "{industry} software" reads "CRM software" for
/// the industry "CRM" and for "CRM software" alike, and "running shoes" for the industry "running shoes". The
/// industry's last word decides what it is:
/// <list type="bullet">
/// <item>a generic product noun ("software", "tool", "app", "platform", "service", "system"… or their plurals):
/// the industry already names its product, and a generic noun the template adds replaces it ("CRM software" +
/// "tools" → "CRM tools"), except that a countable noun of the client's ("VPN service") is kept in the number
/// the template asks for ("VPN service" + "tools" → "VPN services");</item>
/// <item>any other plural ("running shoes", "meal kits"): the industry is a product, so a generic noun the template
/// adds is dropped, and the product is singular or plural as the template's noun is ("running shoe" for "tool",
/// "running shoes" for "tools");</item>
/// <item>anything else ("CRM", "accounting", "help desk"): a field, to which the template's noun is added.</item>
/// </list>
/// A noun that the industry qualifies ("vendors", "features", "alternatives") keeps the industry as a modifier, in
/// the singular for a product ("running shoe vendors", "CRM software vendors"); any other word after it (a verb, a
/// preposition) leaves the industry as given.
/// </summary>
internal sealed class IndustryPhrase
{
    // The mass noun among the generic product nouns: it has no plural and takes no article.
    private const string MassNoun = "software";

    private static readonly HashSet<string> GenericSingulars = new(
        [MassNoun, "tool", "app", "application", "platform", "solution", "system", "suite", "program", "programme", "service",
         "provider", "product", "package"],
        StringComparer.OrdinalIgnoreCase);

    // Words ending in "s" that are not plurals: fields, mass nouns and common acronyms written in lower case.
    private static readonly HashSet<string> SingularsInS = new(
        ["analytics", "logistics", "economics", "electronics", "ethics", "graphics", "robotics", "statistics", "business",
         "sales", "ops", "devops", "news", "access", "wellness", "fitness", "series", "species", "gas", "saas", "paas",
         "iaas", "cms", "lms", "crms", "hris", "ats", "pos", "sms", "aws", "gps", "os", "ios", "dns", "css", "payments"],
        StringComparer.OrdinalIgnoreCase);

    // Nouns an industry qualifies, as a modifier: "CRM vendors", "running shoe brands".
    private static readonly HashSet<string> QualifiedNouns = new(
        ["vendor", "feature", "alternative", "company", "brand", "option", "market", "pricing", "price", "review",
         "integration", "buyer", "user", "team", "customer", "expert", "consultant", "comparison", "category", "space",
         "industry", "trend", "leader", "startup", "plan", "deal", "seller", "store", "retailer", "choice", "pick",
         "maker", "manufacturer", "specialist", "agency", "subscription", "needs", "budget"],
        StringComparer.OrdinalIgnoreCase);

    // Words after which a mass noun reads as one thing ("Which CRM software", "the best CRM software"); after any
    // other word it reads as a kind of thing ("choose CRM software"), which a product says in the plural.
    private static readonly HashSet<string> SingularContext = new(
        ["which", "what", "whichever", "the", "a", "an", "best", "right", "free", "cheapest", "top", "good", "any", "each",
         "every", "one", "this", "that", "your", "my", "our"],
        StringComparer.OrdinalIgnoreCase);

    private readonly string given;
    private readonly string field;
    private readonly string? productSingular;
    private readonly string? productPlural;
    private readonly bool massHead;

    private IndustryPhrase(string given, string field, string? productSingular, string? productPlural, bool massHead)
    {
        this.given = given;
        this.field = field;
        this.productSingular = productSingular;
        this.productPlural = productPlural;
        this.massHead = massHead;
    }

    /// <summary>The industry as the client wrote it.</summary>
    public string Given => given;

    public static IndustryPhrase Of(string industry)
    {
        var trimmed = industry.Trim();
        var lastSpace = trimmed.LastIndexOf(' ');
        var head = trimmed[(lastSpace + 1)..];
        var before = lastSpace < 0 ? "" : trimmed[..lastSpace];
        var singularHead = IsPlural(head) ? Singular(head) : head;
        if (GenericSingulars.Contains(singularHead))
        {
            // "CRM software": the field is "CRM" and the client's own noun is kept where it fits.
            var mass = string.Equals(singularHead, MassNoun, StringComparison.OrdinalIgnoreCase);
            return new IndustryPhrase(
                trimmed, before, Join(before, singularHead), mass ? Join(before, singularHead) : Join(before, Plural(singularHead)), mass);
        }

        return IsPlural(head)
            ? new IndustryPhrase(trimmed, trimmed, Join(before, singularHead), trimmed, massHead: false)
            : new IndustryPhrase(trimmed, trimmed, null, null, massHead: false);
    }

    /// <summary>The industry followed by <paramref name="noun"/>, after <paramref name="previousWord"/> (null at the start).</summary>
    public string With(string noun, string? previousWord)
    {
        var nounIsPlural = IsPlural(noun);
        var singularNoun = nounIsPlural ? Singular(noun) : noun;
        if (!GenericSingulars.Contains(singularNoun))
        {
            // "vendors", "features": the industry is a modifier, a product in the singular. Any other word is not ours.
            return QualifiedNouns.Contains(singularNoun) || QualifiedNouns.Contains(noun)
                ? Join(productSingular is null || massHead ? given : productSingular, noun)
                : Join(given, noun);
        }

        var nounIsMass = string.Equals(singularNoun, MassNoun, StringComparison.OrdinalIgnoreCase);
        if (productSingular is null)
        {
            return Join(field, noun);
        }

        if (massHead)
        {
            // The client said "software": a mass noun stays as they wrote it; a countable one replaces it.
            return nounIsMass ? given : Join(field, noun);
        }

        var plural = nounIsMass
            ? previousWord is null || !SingularContext.Contains(previousWord)
            : nounIsPlural;
        return plural ? productPlural! : productSingular;
    }

    /// <summary>The industry as a buyer names what they are shopping for: "CRM software", "running shoes".</summary>
    public string Shopping => With(MassNoun, previousWord: null);

    private static string Join(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : first + " " + second;

    private static bool IsPlural(string word) =>
        word.Length > 2
        && word.EndsWith('s')
        && word.Any(char.IsLower)
        && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
        && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase)
        && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase)
        && !SingularsInS.Contains(word);

    private static string Singular(string plural)
    {
        if (plural.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
        {
            return plural[..^3] + "y";
        }

        foreach (var ending in (string[])["sses", "xes", "ches", "shes", "zes"])
        {
            if (plural.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return plural[..^2];
            }
        }

        return plural[..^1];
    }

    private static string Plural(string singular)
    {
        if (singular.Length > 1 && singular.EndsWith('y') && !"aeiou".Contains(singular[^2]))
        {
            return singular[..^1] + "ies";
        }

        foreach (var ending in (string[])["s", "x", "ch", "sh", "z"])
        {
            if (singular.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return singular + "es";
            }
        }

        return singular + "s";
    }
}
