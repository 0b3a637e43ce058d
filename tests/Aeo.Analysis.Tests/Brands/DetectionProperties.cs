namespace Aeo.Analysis.Tests.Brands;

/// <summary>
/// Invariants of detection over generated answers built from real words, brand spellings and markdown.
/// </summary>
public sealed class DetectionProperties
{
    private static readonly BrandDefinition[] PlainBrands =
    [
        new("HubSpot", ["HubSpot CRM"], ["hubspot.com"]),
        new("Salesforce", ["SFDC"], ["salesforce.com"]),
        new("Pipedrive", [], ["pipedrive.com"]),
        new("Zoho CRM", ["Zoho"], ["zoho.com"]),
        new("Freshsales", [], []),
        new("ActiveCampaign", [], ["activecampaign.com"]),
    ];

    // Short and common-word names, which obey case and evidence rules on top of the plain ones.
    private static readonly BrandDefinition[] GuardedBrands =
    [
        new("LinkedIn", ["LI"], []),
        new("HP", [], []),
        new("Notion", [], ["notion.so"]),
        new("Monday.com", [], []),
        new("Apple", [], []),
    ];

    private static readonly BrandDetector PlainDetector = new(PlainBrands);
    private static readonly BrandDetector AllDetector = new([.. PlainBrands, .. GuardedBrands]);

    private static readonly string[] Words =
    [
        "the", "best", "choice", "for", "small", "teams", "is", "usually", "a", "tool", "with", "good", "support", "and",
        "clear", "pricing", "most", "agencies", "prefer", "simple", "pipelines", "but", "larger", "companies", "need",
        "reporting", "automation", "integrations", "email", "marketing", "sales", "it", "offers", "free", "plan",
        "starts", "at", "per", "user", "month", "however", "setup", "takes", "time", "reviews", "say", "onboarding",
        "works", "well", "consider", "also", "budget", "features", "users", "love", "dashboard", "easy", "to", "learn",
    ];

    private static readonly string[] Punctuation = ["", "", "", ",", ".", ":", ";", "!", "?"];

    private static readonly Gen<string> Word = Gen.Elements(Words);

    private static readonly Gen<string> PunctuatedWord =
        Gen.Zip(Word, Gen.Elements(Punctuation), (word, mark) => word + mark);

    // How an answer writes a plain brand: the name in several dresses, an alias, a domain, a URL.
    private static readonly Gen<string> PlainBrandToken =
        from brand in Gen.Elements(PlainBrands)
        from form in Gen.Choose(0, 7)
        select form switch
        {
            0 => brand.Name,
            1 => brand.Name + "'s",
            2 => "**" + brand.Name + "**",
            3 => "(" + brand.Name + "),",
            4 => brand.Name + ".",
            5 => brand.Aliases.Count > 0 ? brand.Aliases[0] : brand.Name,
            6 => brand.Domains.Count > 0 ? brand.Domains[0] : brand.Name + ",",
            _ => brand.Domains.Count > 0 ? "https://www." + brand.Domains[0] + "/pricing" : brand.Name,
        };

    private static readonly Gen<string> Token = Gen.Frequency((6, PunctuatedWord), (1, PlainBrandToken));

    private static readonly Gen<string[]> Tokens = Gen.Choose(1, 40).SelectMany(count => Gen.ArrayOf(Token, count));

    private static readonly Gen<string> Separator = Gen.Elements(" ", "\t", "\n", "  ");

    private static readonly Gen<string> UnrelatedText =
        from sentences in Gen.Choose(1, 4)
        from words in Gen.ArrayOf(Gen.ArrayOf(PunctuatedWord, 8), sentences)
        from shape in Gen.Choose(0, 2)
        select shape switch
        {
            0 => string.Join(" ", words.Select(Sentence)),
            1 => string.Join("\n", words.Select((sentence, i) => $"{i + 1}. {Sentence(sentence)}")),
            _ => string.Join("\n", words.Select(sentence => $"- **{sentence[0]}** {string.Join(" ", sentence[1..])}")),
        };

    // An answer: prose sentences, a numbered list or a table, with brands of every kind in it.
    private static readonly Gen<string> Answer =
        from tokens in Tokens
        from guarded in Gen.ArrayOf(GuardedToken, 3)
        from shape in Gen.Choose(0, 2)
        select Render(shape, [.. tokens, .. guarded]);

    private static Gen<string> GuardedToken =>
        Gen.Elements(
            "Notion", "notion", "Notion's pricing", "the notion of", "Monday", "Monday.com", "on Monday", "Apple",
            "an apple", "LI", "tile", "HP", "hp", "LinkedIn", "Apple, Inc.", "zoom", "word");

    [Property]
    public Property A_brand_glued_between_letters_is_never_found() =>
        Prop.ForAll(
            Arb.From(
                // One-word names: in "Zoho CRMx" the alias "Zoho" is rightly a whole word.
                from brand in Gen.Elements<BrandDefinition>([.. PlainBrands, .. GuardedBrands]).Where(b => !b.Name.Contains(' '))
                from before in Word
                from after in Word
                from glue in Gen.Choose(0, 2)
                from prose in Gen.ArrayOf(PunctuatedWord, 6)
                select (brand.Name, Text: string.Join(" ", prose[..3]) + " "
                    + (glue == 1 ? "" : before) + brand.Name + (glue == 0 ? "" : after)
                    + " " + string.Join(" ", prose[3..]))),
            sample => AllDetector.Detect(sample.Text).Count == 0);

    [Property]
    public Property Unrelated_text_before_or_after_never_removes_a_mention() =>
        Prop.ForAll(
            Arb.From(
                from answer in Answer
                from unrelated in UnrelatedText
                from before in Gen.Elements(true, false)
                select (Answer: answer, Unrelated: unrelated, Before: before)),
            sample =>
            {
                var (answer, unrelated, before) = sample;
                var text = before ? unrelated + "\n\n" + answer : answer + "\n\n" + unrelated;
                var shift = before ? unrelated.Length + 2 : 0;
                var original = AllDetector.Detect(answer);
                var extended = AllDetector.Detect(text).ToDictionary(m => m.Brand);
                return original.All(mention =>
                    extended.TryGetValue(mention.Brand, out var found)
                    && mention.Spans.All(span => found.Spans.Contains(span with { Start = span.Start + shift })));
            });

    [Property]
    public Property Upper_and_lower_case_give_the_same_brands_counts_and_ranks() =>
        Prop.ForAll(
            Arb.From(Answer.Select(text => text)),
            text =>
            {
                var expected = Summary(PlainDetector.Detect(text));
                return expected.SequenceEqual(Summary(PlainDetector.Detect(text.ToUpperInvariant())))
                    && expected.SequenceEqual(Summary(PlainDetector.Detect(text.ToLowerInvariant())));
            });

    [Property]
    public Property Whitespace_between_words_does_not_change_brands_counts_or_ranks() =>
        Prop.ForAll(
            Arb.From(
                from tokens in Tokens
                from first in Gen.ArrayOf(Separator, tokens.Length)
                from second in Gen.ArrayOf(Separator, tokens.Length)
                select (Join(tokens, first), Join(tokens, second))),
            pair => Summary(PlainDetector.Detect(pair.Item1)).SequenceEqual(Summary(PlainDetector.Detect(pair.Item2))));

    [Fact]
    public void The_generators_produce_mentions_and_both_outcomes_of_the_guarded_names()
    {
        // Guards against generators that never hit a brand, which would make the properties vacuous.
        var answers = Answer.Sample(200, 50);
        var detected = answers.Select(AllDetector.Detect).ToList();

        Assert.True(detected.Count(mentions => mentions.Count > 0) > 100, "too few answers mention a brand");
        Assert.Contains(detected, mentions => mentions.Any(m => m.Brand == "Notion"));
        Assert.Contains(detected, mentions => mentions.Any(m => m.ListPosition is not null));
        Assert.Contains(answers, answer => answer.Contains("the notion of", StringComparison.Ordinal));
    }

    private static string Render(int shape, string[] tokens) => shape switch
    {
        0 => string.Join(" ", tokens),
        1 => string.Join("\n", tokens.Chunk(5).Select((chunk, i) => $"{i + 1}. {string.Join(" ", chunk)}")),
        _ => "| Tool | Notes |\n|---|---|\n" + string.Join("\n", tokens.Chunk(4).Select(chunk => $"| {chunk[0]} | {string.Join(" ", chunk[1..])} |")),
    };

    private static string Sentence(string[] words) => char.ToUpperInvariant(words[0][0]) + string.Join(" ", words)[1..].TrimEnd(',', ':', ';') + ".";

    private static string Join(string[] tokens, string[] separators) =>
        string.Concat(tokens.Select((token, i) => (i == 0 ? "" : separators[i]) + token));

    private static IEnumerable<(string, int, int)> Summary(IReadOnlyList<BrandMention> mentions) =>
        mentions.Select(m => (m.Brand, m.Count, m.Rank));
}
