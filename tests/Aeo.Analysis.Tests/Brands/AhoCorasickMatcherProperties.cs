namespace Aeo.Analysis.Tests.Brands;

public sealed class AhoCorasickMatcherProperties
{
    [Property(Arbitrary = [typeof(MatchCases)], MaxTest = 500)]
    public void The_matcher_finds_exactly_what_the_naive_search_finds(MatchCase matchCase)
    {
        var found = new List<TermOccurrence>();
        new AhoCorasickMatcher(matchCase.Terms).FindAll(matchCase.Text, found);

        Assert.Equal(
            NaiveTermSearch.Sorted(NaiveTermSearch.FindAll(matchCase.Terms, matchCase.Text)),
            NaiveTermSearch.Sorted(found));
    }

    /// <summary>A few terms and a text written with their letters, in folded and unfolded spellings.</summary>
    public sealed record MatchCase(string[] Terms, string Text)
    {
        public override string ToString() =>
            $"terms [{string.Join(", ", Terms.Select(Visible))}] text {Visible(Text)}";

        private static string Visible(string value) =>
            "\"" + string.Concat(value.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
    }

    public static class MatchCases
    {
        // Every spelling of each term letter that folds to it, so the text exercises case, diacritic,
        // apostrophe, dash and white-space folding; plus chars that occur in no term, and a surrogate pair.
        private static readonly Dictionary<char, string[]> Spellings = new()
        {
            ['a'] = ["a", "A", "á", "Ä"],
            ['b'] = ["b", "B"],
            ['o'] = ["o", "Ø", "ö"],
            [' '] = [" ", "  ", "\t", "\n", "\u00A0", " \r\n "],
            ['-'] = ["-", "\u2013", "\u2014"],
            ['\''] = ["'", "\u2019"],
        };

        private static readonly string[] Strangers = ["x", ".", "😀", "ß"];

        public static Arbitrary<MatchCase> Cases()
        {
            var termChar = Gen.Elements(Spellings.Keys.ToArray());
            var term = Gen.Choose(1, 5).SelectMany(length => Gen.ArrayOf(termChar, length)).Select(chars => new string(chars));
            var terms = Gen.Choose(1, 6).SelectMany(count => Gen.ArrayOf(term, count));

            return terms.SelectMany(
                    chosen => Gen.ListOf(Piece(chosen)).Select(pieces => string.Concat(pieces)),
                    (chosen, text) => new MatchCase(chosen, text))
                .ToArbitrary();
        }

        private static Gen<string> Piece(string[] terms) => Gen.Frequency(
            (3, Gen.Elements(terms).SelectMany(Respell)),
            (3, Gen.Elements(Spellings.Keys.ToArray()).SelectMany(c => Gen.Elements(Spellings[c]))),
            (1, Gen.Elements(Strangers)));

        private static Gen<string> Respell(string term) =>
            Gen.CollectToArray(term.Select(c => Gen.Elements(Spellings[c]))).Select(string.Concat);
    }
}
