namespace Aeo.Analysis.Text;

/// <summary>The <see cref="Sentences"/> of one text, found by offset, each one's text made at most once.</summary>
public sealed class SentenceIndex
{
    private readonly string?[] texts;

    public SentenceIndex(ReadOnlySpan<char> plain)
    {
        All = Sentences.Of(plain);
        texts = new string?[All.Count];
        Plain = plain.ToString();
    }

    public IReadOnlyList<Sentences.Sentence> All { get; }

    /// <summary>The text the sentences are of.</summary>
    public string Plain { get; }

    /// <summary>The index of the sentence holding <paramref name="offset"/>, or -1 when it lies between sentences.</summary>
    public int IndexOf(int offset)
    {
        int low = 0, high = All.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (All[middle].End <= offset)
            {
                low = middle + 1;
            }
            else if (All[middle].Start > offset)
            {
                high = middle - 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    /// <summary>The text of sentence <paramref name="index"/>.</summary>
    public string TextOf(int index) => texts[index] ??= Plain[All[index].Start..All[index].End];
}
