namespace Aeo.Analysis.Tests.Brands;

public sealed class UnicodeAndSpacingProperties
{
    // Composed letters and their canonical decompositions (string normalisation is a no-op under invariant globalisation).
    private static readonly (string Composed, string Decomposed)[] Accented =
    [
        ("\u00E9", "e\u0301"), ("\u00FC", "u\u0308"), ("\u00F1", "n\u0303"), ("\u00E5", "a\u030A"), ("\u00E7", "c\u0327"),
        ("\u00E8", "e\u0300"), ("\u00F6", "o\u0308"), ("\u00E2", "a\u0302"),
    ];

    private static readonly string[] Plain = ["b", "d", "k", "l", "m", "r", "t", "v", "z", "o", "a", "i"];

    private static readonly string[] Prose = ["we", "tried", "it", "for", "a", "month", "and", "the", "team", "liked", "how", "fast", "setup", "was"];

    private static readonly Gen<(string Composed, string Decomposed)> Letter =
        Gen.Frequency((1, Gen.Elements(Accented)), (2, Gen.Elements(Plain).Select(c => (c, c))));

    private static readonly Gen<(string Composed, string Decomposed)> AccentedName =
        from letters in Gen.Choose(4, 8).SelectMany(n => Gen.ArrayOf(Letter, n))
        where letters.Any(l => l.Composed != l.Decomposed)
        select (Capitalise(string.Concat(letters.Select(l => l.Composed))), Capitalise(string.Concat(letters.Select(l => l.Decomposed))));

    private static readonly Gen<string[]> Words = Gen.Choose(2, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(Prose), n));

    [Property(MaxTest = 300)]
    public Property Composed_and_decomposed_forms_are_one_name_and_spans_cover_the_form_written() =>
        Prop.ForAll(
            (from name in AccentedName
             from before in Words
             from after in Words
             from definedDecomposed in Gen.Elements(true, false)
             from writtenDecomposed in Gen.Elements(true, false)
             select (name, before, after, definedDecomposed, writtenDecomposed)).ToArbitrary(),
            c =>
            {
                var written = c.writtenDecomposed ? c.name.Decomposed : c.name.Composed;
                var text = $"{string.Join(' ', c.before)} {written} {string.Join(' ', c.after)}.";
                var defined = c.definedDecomposed ? c.name.Decomposed : c.name.Composed;
                var mentions = new BrandDetector([new(defined, [], [])]).Detect(text);
                return mentions.Count == 1 && mentions[0].Count == 1
                    && text.Substring(mentions[0].FirstOffset, mentions[0].Spans[0].Length) == written;
            });

    [Property(MaxTest = 300)]
    public Property A_name_in_a_script_without_spaces_is_found_wherever_it_is_written() =>
        Prop.ForAll(
            (from name in Gen.Choose(2, 4).SelectMany(n => Gen.ArrayOf(Gen.Choose(0x30A1, 0x30F4), n))
             from filler in Gen.Choose(0, 20).SelectMany(n => Gen.ArrayOf(Gen.Choose(0x3041, 0x3093), n))
             from at in Gen.Choose(0, 20)
             select (Name: new string([.. name.Select(c => (char)c)]), Filler: new string([.. filler.Select(c => (char)c)]), At: at)).ToArbitrary(),
            c =>
            {
                var at = Math.Min(c.At, c.Filler.Length);
                var text = c.Filler[..at] + c.Name + c.Filler[at..] + "\u3002";
                var mention = new BrandDetector([new(c.Name, [], [])]).Detect(text).SingleOrDefault();
                return mention is not null && mention.FirstOffset == at && mention.Spans[0].Length == c.Name.Length;
            });

    private static readonly Gen<string> Syllable = Gen.Elements("ka", "zo", "ri", "mu", "te", "va", "lo", "ne", "qu", "xi", "bo", "da");

    private static readonly Gen<string[]> Pieces =
        Gen.Choose(2, 3).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 2).SelectMany(k => Gen.ArrayOf(Syllable, k)).Select(string.Concat), n));

    [Property(MaxTest = 300)]
    public Property A_one_token_name_is_found_spaced_out_at_word_boundaries_and_never_across_unrelated_words() =>
        Prop.ForAll(
            (from pieces in Pieces
             where !CommonWordBrandNames.IsCommonWord(string.Concat(pieces))
             from separator in Gen.Elements(" ", "-")
             from before in Words
             select (Pieces: pieces, Separator: separator, Before: before)).ToArbitrary(),
            c =>
            {
                var configured = string.Concat(c.Pieces);
                var spaced = string.Join(c.Separator, c.Pieces.Select(Capitalise));
                var detector = new BrandDetector([new(configured, [], [])]);
                var text = $"{string.Join(' ', c.Before)} {spaced} today.";
                var found = detector.Detect(text).SingleOrDefault();

                // The same letters, all words capitalised, but the first one glued to the word before: "Pa Cme" is not "Acme".
                string[] shifted = ["Xy" + c.Pieces[0][..1], .. c.Pieces.Select((piece, i) => i == 0 ? piece[1..] : piece).Select(Capitalise)];
                var borrowed = $"{string.Join(' ', c.Before)} {string.Join(c.Separator, shifted)} today.";
                return found is not null && text.Substring(found.FirstOffset, found.Spans[0].Length) == spaced
                    && detector.Detect(borrowed).Count == 0;
            });

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
