using Aeo.Analysis.Text;

namespace Aeo.Analysis.Brands;

/// <summary>
/// How much of an answer is about a brand, weighted by position (the position-adjusted word count of
/// generative-engine optimisation studies): with the answer's N sentences numbered i = 0 … N − 1 in reading order
/// (<see cref="Sentences"/>: a heading, a list line and a table row are sentences of their own) and wᵢ words in
/// sentence i, each sentence weighs <c>wᵢ · exp(−i / (N − 1))</c> (1 for a one-sentence answer), and a brand's
/// prominence is the weight of the sentences about it over the weight of all sentences, in [0, 1]. A sentence is
/// about a brand when it names it, or when it lies in a list item (nested lines included) whose first line names
/// it, so a brand's pros and cons count for it. A sentence naming two brands counts for both, so prominences need
/// not sum to 1.
/// </summary>
internal static class Prominence
{
    public static double[] Of(SentenceIndex index, IReadOnlyList<ListItem> items, IReadOnlyList<IReadOnlyList<MentionSpan>> spansByBrand)
    {
        var plain = index.Plain.AsSpan();
        var sentences = index.All;
        var weights = new double[sentences.Count];
        var total = 0.0;
        for (var i = 0; i < sentences.Count; i++)
        {
            weights[i] = sentences[i].Words * (sentences.Count == 1 ? 1 : Math.Exp(-(double)i / (sentences.Count - 1)));
            total += weights[i];
        }

        var prominence = new double[spansByBrand.Count];
        if (total <= 0)
        {
            return prominence;
        }

        var about = new bool[sentences.Count];
        for (var b = 0; b < spansByBrand.Count; b++)
        {
            Array.Clear(about);
            foreach (var span in spansByBrand[b])
            {
                if (index.IndexOf(span.Start) is var own and >= 0)
                {
                    about[own] = true;
                }

                foreach (var item in items)
                {
                    var firstLine = plain[item.Start..item.End].IndexOf('\n');
                    if (span.Start >= item.Start && span.Start < (firstLine < 0 ? item.End : item.Start + firstLine))
                    {
                        Mark(about, sentences, item.Start, item.End);
                    }
                }
            }

            var weight = 0.0;
            for (var i = 0; i < sentences.Count; i++)
            {
                weight += about[i] ? weights[i] : 0;
            }

            prominence[b] = weight / total;
        }

        return prominence;
    }

    // Every sentence that overlaps [start, end).
    private static void Mark(bool[] about, IReadOnlyList<Sentences.Sentence> sentences, int start, int end)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            about[i] |= sentences[i].Start < end && sentences[i].End > start;
        }
    }
}
