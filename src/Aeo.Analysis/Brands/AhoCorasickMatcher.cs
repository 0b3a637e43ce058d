namespace Aeo.Analysis.Brands;

/// <summary>
/// Finds every occurrence of every term in one pass over a folded text (Aho-Corasick), whatever
/// the number of terms. Built once; read-only afterwards, so it is safe to share between threads.
/// </summary>
internal sealed class AhoCorasickMatcher
{
    private const int Root = 0;

    private readonly Dictionary<char, int>[] _children;
    private readonly int[] _failure;

    // The term ending at this node (-1 if none) and the nearest node down the failure chain that ends a term.
    private readonly int[] _termAtNode;
    private readonly int[] _nextTermNode;
    private readonly int[] _termLengths;

    public AhoCorasickMatcher(IReadOnlyList<string> terms)
    {
        var children = new List<Dictionary<char, int>> { new() };
        var termAtNode = new List<int> { -1 };
        _termLengths = new int[terms.Count];

        for (var termIndex = 0; termIndex < terms.Count; termIndex++)
        {
            var node = Root;
            foreach (var c in terms[termIndex])
            {
                if (!children[node].TryGetValue(c, out var next))
                {
                    next = children.Count;
                    children[node].Add(c, next);
                    children.Add(new Dictionary<char, int>());
                    termAtNode.Add(-1);
                }

                node = next;
            }

            termAtNode[node] = termIndex;
            _termLengths[termIndex] = terms[termIndex].Length;
        }

        _children = [.. children];
        _termAtNode = [.. termAtNode];
        _failure = new int[_children.Length];
        _nextTermNode = new int[_children.Length];
        LinkFailures();
    }

    public void FindAll(string foldedText, List<TermOccurrence> occurrences)
    {
        var node = Root;
        for (var i = 0; i < foldedText.Length; i++)
        {
            node = Step(node, foldedText[i]);
            var hit = _termAtNode[node] >= 0 ? node : _nextTermNode[node];
            while (hit > Root)
            {
                var termIndex = _termAtNode[hit];
                var length = _termLengths[termIndex];
                occurrences.Add(new TermOccurrence(i - length + 1, length, termIndex));
                hit = _nextTermNode[hit];
            }
        }
    }

    private int Step(int node, char c)
    {
        while (true)
        {
            if (_children[node].TryGetValue(c, out var next))
            {
                return next;
            }

            if (node == Root)
            {
                return Root;
            }

            node = _failure[node];
        }
    }

    private void LinkFailures()
    {
        var queue = new Queue<int>();
        foreach (var child in _children[Root].Values)
        {
            _failure[child] = Root;
            _nextTermNode[child] = Root;
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (c, child) in _children[node])
            {
                var failure = Step(_failure[node], c);
                _failure[child] = failure;
                _nextTermNode[child] = _termAtNode[failure] >= 0 ? failure : _nextTermNode[failure];
                queue.Enqueue(child);
            }
        }
    }
}
