namespace Aeo.Platforms.Simulated;

internal sealed record ComposedAnswer(string Text, AnswerStyle Style, IReadOnlyList<string> MentionedBrands);

/// <summary>
/// Writes a plausible answer in one of the shapes real engines use (numbered list, prose, comparison, table).
/// Everything is drawn from the given <see cref="Random"/>, so the same seed gives the same answer.
/// </summary>
internal static class SimulatedAnswerComposer
{
    public const int MinWords = 150;
    public const int MaxWords = 600;

    private static readonly string[] ItemFillers = [.. PhraseBank.Strengths, .. PhraseBank.Weaknesses];
    private static readonly string[] GenericNames = [.. PhraseBank.GenericOptions.Select(o => o.Name)];

    /// <param name="omittedBrands">Brands struck from the drawn ones (see <see cref="SimulatedPlatformOptions.OmitBrands"/>).</param>
    public static ComposedAnswer Compose(
        string question, IReadOnlyList<string> trackedBrands, string configuredStyle, Random random, IReadOnlyCollection<string>? omittedBrands = null)
    {
        var style = AnswerStyles.Choose(configuredStyle, random);
        var topic = QuestionTopic.Extract(question);
        var brands = BrandMentionPlanner.Choose(trackedBrands, random)
            .Where(b => omittedBrands is null || !omittedBrands.Contains(b, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var document = new AnswerDocument();

        switch (style)
        {
            case AnswerStyle.List:
                WriteList(document, topic, brands, random);
                break;
            case AnswerStyle.Prose:
                WriteProse(document, topic, brands, random);
                break;
            case AnswerStyle.Comparison:
                WriteComparison(document, topic, brands, random);
                break;
            default:
                WriteTable(document, topic, brands, random);
                break;
        }

        // Leave room for the last filler sentence so the answer never passes MaxWords.
        document.PadTo(random.Next(MinWords + 5, MaxWords - 40), random);
        return new ComposedAnswer(document.Render(), style, brands);
    }

    private static void WriteList(AnswerDocument document, string topic, IReadOnlyList<string> brands, Random random)
    {
        document.Add("", [Topical(random.Pick(PhraseBank.Openings), topic)], PhraseBank.Considerations);
        var entries = InterleaveWithGenericOptions(brands, random);
        for (var i = 0; i < entries.Count; i++)
        {
            var (name, isBrand) = entries[i];
            var description = isBrand
                ? BrandDescription(name, random)
                : [GenericDescription(name)];
            document.Add($"{i + 1}. **{(isBrand ? BrandMentionPlanner.Spell(name, random) : name)}** – ", description, isBrand ? ItemFillers : null, tight: i > 0);
        }

        document.Add("**Key considerations**");
        document.Add("", [random.Pick(PhraseBank.Considerations)], PhraseBank.Considerations);
        document.Add("", [Topical(random.Pick(PhraseBank.Closings), topic)]);
    }

    private static void WriteProse(AnswerDocument document, string topic, IReadOnlyList<string> brands, Random random)
    {
        var paragraphs = new List<List<string>> { new() { Topical(random.Pick(PhraseBank.Openings), topic) } };
        var extra = random.Next(2, 5);
        for (var i = 0; i < extra; i++)
        {
            paragraphs.Add([random.Pick(PhraseBank.Considerations)]);
        }

        // Each brand lands in a random paragraph at a random sentence: sometimes the very first words, sometimes buried.
        foreach (var brand in brands)
        {
            var paragraph = paragraphs[random.Next(paragraphs.Count)];
            paragraph.InsertRange(random.Next(paragraph.Count + 1), BrandSentences(brand, topic, random));
        }

        foreach (var paragraph in paragraphs)
        {
            document.Add("", paragraph, PhraseBank.Considerations);
        }

        document.Add("", [Topical(random.Pick(PhraseBank.Closings), topic)]);
    }

    private static void WriteComparison(AnswerDocument document, string topic, IReadOnlyList<string> brands, Random random)
    {
        var generics = Shuffled(GenericNames, random);
        var sides = brands.Take(2).Select(b => (Name: BrandMentionPlanner.Spell(b, random), IsBrand: true)).ToList();
        sides.AddRange(generics.Take(2 - sides.Count).Select(g => (Name: g, IsBrand: false)));
        if (random.Next(2) == 0)
        {
            sides.Reverse();
        }

        var heading = $"**{sides[0].Name} vs {sides[1].Name}: which is better for {topic}?**";
        var opening = Topical(random.Pick(PhraseBank.Openings), topic);
        if (random.Next(2) == 0)
        {
            document.Add(heading);
            document.Add("", [opening], PhraseBank.Considerations);
        }
        else
        {
            document.Add("", [opening], PhraseBank.Considerations);
            document.Add(heading);
        }

        foreach (var (name, isBrand) in sides)
        {
            var description = isBrand ? BrandDescription(name, random) : [GenericDescription(name)];
            document.Add($"**{name}**: ", description, ItemFillers);
        }

        var others = brands.Skip(2).Select(b => BrandMentionPlanner.Spell(b, random)).ToList();
        if (others.Count > 0)
        {
            document.Add("", [$"Other options worth considering include {JoinNatural(others)}."], PhraseBank.Considerations);
        }

        document.Add("**Verdict:** ", [random.Pick(PhraseBank.ComparisonVerdicts)]);
        document.Add("", [Topical(random.Pick(PhraseBank.Closings), topic)]);
    }

    private static void WriteTable(AnswerDocument document, string topic, IReadOnlyList<string> brands, Random random)
    {
        document.Add("", [Topical(random.Pick(PhraseBank.Openings), topic)], PhraseBank.Considerations);
        document.Add("| Option | Best for | Starting price | Notable strength |");
        document.Add("| --- | --- | --- | --- |", tight: true);
        foreach (var (name, isBrand) in InterleaveWithGenericOptions(brands, random))
        {
            var shown = isBrand ? BrandMentionPlanner.Spell(name, random) : name;
            var row = $"| {shown} | {Capitalised(random.Pick(PhraseBank.BestFor))} | {random.Pick(PhraseBank.Pricing)} | {random.Pick(PhraseBank.ShortStrengths)} |";
            document.Add(row, tight: true);
        }

        var notes = new List<string> { random.Pick(PhraseBank.Considerations) };
        if (brands.Count > 0 && random.Next(3) == 0)
        {
            notes.Add(Branded(random.Pick(PhraseBank.PossessiveBrandSentences), random.Pick(brands), topic));
        }

        document.Add("", notes, PhraseBank.Considerations);
        document.Add("", [Topical(random.Pick(PhraseBank.Closings), topic)]);
    }

    private static List<string> BrandDescription(string brand, Random random)
    {
        var sentences = new List<string> { random.Pick(PhraseBank.Strengths) };
        if (random.Next(4) == 0)
        {
            sentences.Add(Branded(random.Pick(PhraseBank.PossessiveBrandSentences), brand, ""));
        }

        if (random.Next(2) == 0)
        {
            sentences.Add(random.Pick(PhraseBank.Weaknesses));
        }

        return sentences;
    }

    private static List<string> BrandSentences(string brand, string topic, Random random)
    {
        var bank = random.Next(4) == 0 ? PhraseBank.PossessiveBrandSentences : PhraseBank.BrandSentences;
        var sentences = new List<string> { Branded(random.Pick(bank), BrandMentionPlanner.Spell(brand, random), topic) };
        if (random.Next(2) == 0)
        {
            sentences.Add(random.Pick(PhraseBank.Strengths));
        }

        return sentences;
    }

    /// <summary>Generic options in random order with the brands inserted at random places among them.</summary>
    private static List<(string Name, bool IsBrand)> InterleaveWithGenericOptions(IReadOnlyList<string> brands, Random random)
    {
        var genericCount = Math.Max(random.Next(1, 4), 4 - brands.Count);
        var entries = Shuffled(GenericNames, random).Take(genericCount).Select(g => (g, false)).ToList();
        foreach (var brand in brands)
        {
            entries.Insert(random.Next(entries.Count + 1), (brand, true));
        }

        return entries;
    }

    private static string GenericDescription(string name) => PhraseBank.GenericOptions.First(o => o.Name == name).Description;

    private static List<string> Shuffled(IEnumerable<string> items, Random random)
        => items.Select(i => (Item: i, Key: random.Next())).OrderBy(x => x.Key).Select(x => x.Item).ToList();

    private static string Topical(string sentence, string topic) => sentence.Replace("{topic}", topic, StringComparison.Ordinal);

    private static string Branded(string sentence, string brand, string topic)
        => Topical(sentence, topic).Replace("{brand}", brand, StringComparison.Ordinal);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string JoinNatural(IReadOnlyList<string> items)
        => items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
