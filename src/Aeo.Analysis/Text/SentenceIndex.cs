namespace Aeo.Analysis.Text;

/// <summary>
/// The <see cref="Sentences"/> of one text, found by offset, with each pattern matched against a sentence at most once
/// and each rule's verdict on a sentence worked out at most once, however many brands ask. It reads the text in
/// place (no copy): it lives only as long as the text it was made from.
/// </summary>
public sealed class SentenceIndex(ReadOnlyMemory<char> plain)
{
    // Per pattern (a handful per text), the matches of each sentence once found; per rule, its verdict on each sentence.
    private readonly Dictionary<Regex, (int Index, int Length)[]?[]> matches = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, Array> verdicts = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<Sentences.Sentence> All { get; } = Sentences.Of(plain.Span);

    /// <summary>The text the sentences are of.</summary>
    public ReadOnlySpan<char> Plain => plain.Span;

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

    /// <summary>The index of the first sentence starting at or after <paramref name="offset"/>, or the count.</summary>
    public int FirstFrom(int offset)
    {
        int low = 0, high = All.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (All[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The text of sentence <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> TextOf(int index) => plain.Span[All[index].Start..All[index].End];

    /// <summary>
    /// What <paramref name="rule"/> (any object standing for one rule, the same one every call) says of sentence
    /// <paramref name="index"/>, worked out by <paramref name="decide"/> on the first call only.
    /// </summary>
    public T Verdict<T>(object rule, int index, Func<SentenceIndex, int, T> decide)
        where T : struct
    {
        if (!verdicts.TryGetValue(rule, out var array))
        {
            array = new T?[All.Count];
            verdicts.Add(rule, array);
        }

        var bySentence = (T?[])array;
        return bySentence[index] ??= decide(this, index);
    }

    /// <summary>
    /// The matches of <paramref name="pattern"/> in sentence <paramref name="index"/>, offsets within the sentence; the
    /// pattern is not run on a sentence holding none of its <paramref name="required"/> words (the same ones every call).
    /// </summary>
    public IReadOnlyList<(int Index, int Length)> Matches(Regex pattern, int index, RequiredWords? required = null)
    {
        if (!matches.TryGetValue(pattern, out var bySentence))
        {
            bySentence = new (int, int)[]?[All.Count];
            matches.Add(pattern, bySentence);
        }

        if (bySentence[index] is { } found)
        {
            return found;
        }

        if (required is not null && !required.MayMatch(TextOf(index)))
        {
            return bySentence[index] = [];
        }

        var list = new List<(int, int)>();
        foreach (var match in pattern.EnumerateMatches(TextOf(index)))
        {
            list.Add((match.Index, match.Length));
        }

        return bySentence[index] = [.. list];
    }
}
