namespace Aeo.Platforms.Simulated;

/// <summary>
/// A markdown answer under construction: blocks of sentences, some of which may grow with filler
/// until the answer reaches its target length.
/// </summary>
internal sealed class AnswerDocument
{
    private readonly List<Block> blocks = [];

    /// <param name="fillers">Sentences that may be appended to this block; null means it keeps its length.</param>
    /// <param name="tight">Joined to the previous block with a single line break (list items, table rows).</param>
    public void Add(string prefix, IEnumerable<string> sentences, IReadOnlyList<string>? fillers = null, bool tight = false)
        => blocks.Add(new Block(prefix, [.. sentences], fillers, tight));

    public void Add(string line, bool tight = false) => Add(line, [], null, tight);

    public void PadTo(int targetWords, Random random)
    {
        var growable = blocks.Where(b => b.Fillers is not null).ToList();
        if (growable.Count == 0)
        {
            return;
        }

        var used = blocks.SelectMany(b => b.Sentences).ToHashSet(StringComparer.Ordinal);
        var words = CountWords(Render());
        while (words < targetWords)
        {
            var block = growable[random.Next(growable.Count)];
            var filler = PickFresh(block.Fillers!, used, random);
            block.Sentences.Add(filler);
            used.Add(filler);
            words += CountWords(filler);
        }
    }

    /// <summary>A sentence not yet in the answer when one is left, because repeated sentences read as machine-made.</summary>
    private static string PickFresh(IReadOnlyList<string> fillers, HashSet<string> used, Random random)
    {
        var fresh = fillers.Where(f => !used.Contains(f)).ToList();
        return random.Pick(fresh.Count > 0 ? fresh : fillers);
    }

    public string Render()
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            if (text.Length > 0)
            {
                text.Append(block.Tight ? "\n" : "\n\n");
            }

            text.Append(block.Prefix).Append(string.Join(' ', block.Sentences));
        }

        return text.ToString();
    }

    public static int CountWords(string text)
        => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private sealed record Block(string Prefix, List<string> Sentences, IReadOnlyList<string>? Fillers, bool Tight);
}
