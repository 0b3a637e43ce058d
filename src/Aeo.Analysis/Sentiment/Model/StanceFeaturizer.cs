using Aeo.Analysis.Sentiment.Lexicon;

namespace Aeo.Analysis.Sentiment.Model;

/// <summary>Receives the named features of one (answer, brand) pair; a name may come several times, and its values add up.</summary>
internal interface IStanceFeatureSink
{
    void Add(ReadOnlySpan<char> name, double value);
}

/// <summary>
/// Describes one brand's stance reading (<see cref="StanceReading"/>) as named features for <see cref="StanceModel"/>:
/// <list type="bullet">
/// <item><c>d|…</c>: the rules' own numbers (verdict, body and table evidence, picks, avoid and recommend items, the
/// rules' raw stance and label), how many mentions were read, and whether the brand is named first in the answer;</item>
/// <item>words of the brand's own stretches of its clauses (<see cref="StretchSelector"/>): each word lower-cased,
/// the brand itself as <c>_b</c>, any other brand as <c>_o</c>, numbers as <c>_n</c>, and marked <c>!</c> after a
/// negator up to the next punctuation; words of a clause conceded before a "but" about the brand are marked
/// <c>c</c>, words that evaluate the brand as a comparison's object <c>o</c>, the others <c>s</c>; as unigrams
/// (<c>s|word</c>), unigrams by zone (<c>sV|word</c> for the verdict, <c>A</c> avoid, <c>R</c> recommend, <c>T</c>
/// table, <c>B</c> body) and bigrams (<c>s|word word</c>);</item>
/// <item><c>h|word</c>: the words of the heading whose section holds the mention ("Avoid if…", "Best for teams").</item>
/// </list>
/// No feature names a brand: what is learnt is how answers speak, not who they speak of.
/// </summary>
internal static class StanceFeaturizer
{
    private const int MaxName = 96;

    private static readonly HashSet<string> Negators = ["not", "no", "never", "without", "hardly", "barely", "nothing", "neither", "nor", "far"];

    public static void Describe(StanceReading reading, AnswerLayout layout, SentimentTarget target, IReadOnlyList<BrandSpan> others, IStanceFeatureSink sink)
    {
        Dense(reading.Features, target, others, reading.Readings.Count, sink);
        Sequence(reading.Readings, sink);
        foreach (var zoned in reading.Readings)
        {
            Words(zoned, sink);
            TableVerdict(zoned, layout, sink);
            if (layout.SectionAt(zoned.Reading.RegionStart) is { } heading)
            {
                HeadingWords(heading, sink);
            }
        }
    }

    private static void Dense(StanceFeatures f, SentimentTarget target, IReadOnlyList<BrandSpan> others, int readings, IStanceFeatureSink sink)
    {
        sink.Add("d|verdict+", f.VerdictPositive);
        sink.Add("d|verdict-", f.VerdictNegative);
        sink.Add("d|pick", Math.Min(f.VerdictPicks, 1));
        sink.Add("d|body+", f.BodyPositive);
        sink.Add("d|body-", f.BodyNegative);
        sink.Add("d|table+", f.TablePositive);
        sink.Add("d|table-", f.TableNegative);
        sink.Add("d|avoid", Math.Min(f.AvoidItems, 1));
        sink.Add("d|recommend", Math.Min(f.RecommendItems, 1));
        var raw = StanceDecision.Raw(f, StanceWeights.Default);
        sink.Add("d|raw", raw);
        sink.Add(StanceDecision.Label(f, StanceWeights.Default) switch
        {
            SentimentLabel.Positive => "d|rule+",
            SentimentLabel.Negative => "d|rule-",
            _ => "d|rule0",
        }, 1);
        sink.Add("d|readings", Math.Log(1 + readings));
        sink.Add("d|mixed-rule", StanceDecision.Mixed(f, StanceWeights.Default) ? 1 : 0);
        var first = target.Mentions[0].Start;
        sink.Add("d|first", others.All(other => other.Start > first) ? 1 : 0);
    }

    /// <summary>
    /// Which way the brand's first and last readings that say anything lean (the answer's last word on a brand is
    /// usually its verdict), and the strongest for and against.
    /// </summary>
    private static void Sequence(IReadOnlyList<ZonedReading> readings, IStanceFeatureSink sink)
    {
        double first = 0, last = 0, best = 0, worst = 0;
        foreach (var zoned in readings)
        {
            var net = zoned.Reading.Evidence.Positive - zoned.Reading.Evidence.Negative;
            if (net == 0)
            {
                continue;
            }

            first = first == 0 ? net : first;
            last = net;
            best = Math.Max(best, net);
            worst = Math.Min(worst, net);
        }

        sink.Add(first > 0 ? "d|first-reading+" : "d|first-reading-", first == 0 ? 0 : 1);
        sink.Add(last > 0 ? "d|last-reading+" : "d|last-reading-", last == 0 ? 0 : 1);
        sink.Add("d|last-reading", last);
        sink.Add("d|best-reading", best);
        sink.Add("d|worst-reading", worst);
    }

    private static void Words(ZonedReading zoned, IStanceFeatureSink sink)
    {
        var reading = zoned.Reading;
        var map = reading.Map;
        var clauses = reading.Clauses;
        var zone = ZoneLetter(zoned.Zone);
        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            char role;
            int low, high;
            if (clause.Comparison is { } comparison && map.Mentions[comparison.ObjectMention].IsTarget)
            {
                role = 'o';
                (low, high) = StretchSelector.ForComparisonObject(map, clause, comparison.Pivot);
            }
            else if (clause.OwnedByTarget)
            {
                var conceded = c + 1 < clauses.Count && clauses[c + 1].OpensWithAdversative && clauses[c + 1].OwnedByTarget;
                role = conceded ? 'c' : 's';
                (low, high) = clause.HasOwnBrand ? StretchSelector.ForTarget(map, clause) : (clause.Start, clause.End);
            }
            else
            {
                continue;
            }

            Stretch(map, low, high, role, zone, sink);
            Terms(map, low, high, role, sink);
        }
    }

    /// <summary>Each lexicon polarity term of the stretch as itself (<c>ts|hard to justify</c>), marked <c>!</c> after a negator.</summary>
    private static void Terms(MentionMap map, int low, int high, char role, IStanceFeatureSink sink)
    {
        Span<char> name = stackalloc char[MaxName];
        foreach (var term in map.Text.TermsWithin(low, high))
        {
            if (term.Kind is not (LexiconTermKind.Polarity or LexiconTermKind.ComparisonVerb) || map.AnyMentionIn(term.First, term.Last))
            {
                continue;
            }

            var length = 0;
            name[length++] = 't';
            name[length++] = role;
            name[length++] = '|';
            var negated = Negated(map, term.First, low);
            if (negated)
            {
                name[length++] = '!';
            }

            var wordsStart = length;
            for (var t = term.First; t <= term.Last; t++)
            {
                var word = map.Tokens[t].Text;
                if (!map.Tokens[t].IsWord || length + word.Length + 1 > name.Length)
                {
                    continue;
                }

                if (t > term.First)
                {
                    name[length++] = ' ';
                }

                word.CopyTo(name[length..]);
                length += word.Length;
            }

            sink.Add(name[..length], 1);
            if (VerdictLexicon.IsVerdict(name[wordsStart..length]))
            {
                var against = term.Value < 0 != negated;
                sink.Add(role == 'o' ? "d|verdict-object" : against ? "d|verdict-against" : "d|verdict-for", role == 'c' ? 0.5 : 1);
            }
        }
    }

    private static bool Negated(MentionMap map, int first, int low)
    {
        for (var t = first - 1; t >= Math.Max(low, first - 3) && map.Tokens[t].IsWord; t--)
        {
            if (Negators.Contains(map.Tokens[t].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static void Stretch(MentionMap map, int low, int high, char role, char zone, IStanceFeatureSink sink)
    {
        Span<char> name = stackalloc char[MaxName];
        var previous = "";
        var previousMention = -1;
        var negated = false;
        for (var t = low; t <= high; t++)
        {
            var token = map.Tokens[t];
            if (!token.IsWord)
            {
                negated &= token.Kind is TokenKind.Bracket or TokenKind.Dash;
                continue;
            }

            var mention = map.MentionAt(t);
            if (mention >= 0 && mention == previousMention)
            {
                continue;
            }

            previousMention = mention;
            var word = mention >= 0 ? (map.Mentions[mention].IsTarget ? "_b" : "_o")
                : char.IsAsciiDigit(token.Text[0]) ? "_n"
                : token.Text;
            var marked = negated ? "!" + word : word;
            Emit(name, role, '\0', marked, null, sink);
            Emit(name, role, zone, marked, null, sink);
            if (previous.Length > 0)
            {
                Emit(name, role, '\0', previous, marked, sink);
            }

            previous = marked;
            negated |= mention < 0 && Negators.Contains(token.Text);
        }
    }

    /// <summary>
    /// A brand's table row, when its table has a verdict column ("Verdict", "Best for", "Our take", "Pick"…): that
    /// cell's lexicon terms as <c>d|table-verdict+</c> / <c>d|table-verdict-</c> and its words as <c>tv|word</c>.
    /// </summary>
    private static void TableVerdict(ZonedReading zoned, AnswerLayout layout, IStanceFeatureSink sink)
    {
        var map = zoned.Reading.Map;
        var mention = map.Mentions[map.TargetIndex];
        if (layout.TableRowAt(map.Tokens[mention.First].Start) is not { } row)
        {
            return;
        }

        for (var column = 0; column < Math.Min(row.Cells.Count, row.Header.Count); column++)
        {
            if (!VerdictColumns.Any(cue => StanceCues.ContainsPhrase(row.Header[column], cue))
                || map.Text.WordTokensIn(row.Cells[column].Start, row.Cells[column].End) is not { } cell)
            {
                continue;
            }

            double positive = 0, negative = 0;
            foreach (var term in map.Text.TermsWithin(cell.First, cell.Last))
            {
                if (term.Kind is LexiconTermKind.Polarity or LexiconTermKind.ComparisonVerb)
                {
                    var value = Negated(map, term.First, cell.First) ? -0.7 * term.Value : term.Value;
                    positive += Math.Max(value, 0);
                    negative += Math.Max(-value, 0);
                }
            }

            sink.Add("d|table-verdict+", positive);
            sink.Add("d|table-verdict-", negative);
            Stretch(map, cell.First, cell.Last, 'v', 'T', sink);
        }
    }

    private static readonly string[] VerdictColumns =
    [
        "verdict", "best for", "our take", "my take", "pick", "recommendation", "bottom line", "good for", "ideal for",
        "who it's for", "who it is for", "worth it", "rating", "summary", "overall", "notes", "take",
    ];

    private static void HeadingWords(string heading, IStanceFeatureSink sink)
    {
        Span<char> name = stackalloc char[MaxName];
        foreach (var range in heading.AsSpan().SplitAny(" ,:;.!?()/–—-*#|"))
        {
            var word = heading.AsSpan(range);
            if (word.Length is > 0 and < MaxName - 2 && char.IsLetter(word[0]))
            {
                name[0] = 'h';
                name[1] = '|';
                word.CopyTo(name[2..]);
                sink.Add(name[..(word.Length + 2)], 1);
            }
        }
    }

    /// <summary>Writes "role[zone]|first[ second]" into <paramref name="name"/> and adds it; names too long are left out.</summary>
    private static void Emit(Span<char> name, char role, char zone, string first, string? second, IStanceFeatureSink sink)
    {
        var length = 0;
        name[length++] = role;
        if (zone != '\0')
        {
            name[length++] = zone;
        }

        name[length++] = '|';
        if (length + first.Length + (second is null ? 0 : second.Length + 1) > name.Length)
        {
            return;
        }

        first.CopyTo(name[length..]);
        length += first.Length;
        if (second is not null)
        {
            name[length++] = ' ';
            second.CopyTo(name[length..]);
            length += second.Length;
        }

        sink.Add(name[..length], 1);
    }

    private static char ZoneLetter(AnswerZone zone) => zone switch
    {
        AnswerZone.Verdict => 'V',
        AnswerZone.Avoid => 'A',
        AnswerZone.Recommend => 'R',
        AnswerZone.Table => 'T',
        _ => 'B',
    };
}
