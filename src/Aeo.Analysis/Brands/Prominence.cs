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

        // The end of each item's first line (the line that names what the item is about).
        var firstLineEnds = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var newline = index.Plain[items[i].Start..items[i].End].IndexOf('\n');
            firstLineEnds[i] = newline < 0 ? items[i].End : items[i].Start + newline;
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

                var item = ItemHolding(items, span.Start);
                if (item >= 0 && span.Start < firstLineEnds[item])
                {
                    for (var i = index.FirstFrom(items[item].Start); i < sentences.Count && sentences[i].Start < items[item].End; i++)
                    {
                        about[i] = true;
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

    // Items are in text order and do not overlap: the last one starting at or before the offset, if it holds it.
    private static int ItemHolding(IReadOnlyList<ListItem> items, int offset)
    {
        int low = 0, high = items.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (items[middle].Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && items[found].Contains(offset) ? found : -1;
    }
}
