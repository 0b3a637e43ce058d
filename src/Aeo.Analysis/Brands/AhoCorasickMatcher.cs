using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Aeo.Analysis.Brands;

/// <summary>
/// Finds every occurrence of every term in one pass over a text (Aho-Corasick), whatever the number
/// of terms. Terms and text are compared after <see cref="TextFolding"/>, and a run of white space in
/// the text matches a single space in a term; the text is folded on the fly, so offsets are the
/// original text's. Built once; read-only afterwards, so it is safe to share between threads.
/// </summary>
/// <remarks>
/// The automaton is a dense DFA: the goto and failure functions are precomputed into one
/// transition table indexed by state × alphabet size + char class. The char class table maps every
/// UTF-16 code unit, through folding, to its class; code units that occur in no term share class 0,
/// which leads back to the root from every state, and ignorable ones (<see cref="TextFolding.Ignorable"/>) class 1,
/// on which every state stays put. A table entry holds the next state's row offset,
/// bitwise complemented when that state ends a term, so the scan is one load per char, one per
/// transition and a sign test.
/// </remarks>
internal sealed class AhoCorasickMatcher
{
    private const int NoState = -1;
    private const ushort IgnorableClass = 1;

    // Below this many chars one scan does; the tests' generated texts straddle it, so both paths are exercised.
    private const int TwoScanMinimumLength = 64;

    private readonly ushort[] classOfChar;
    private readonly int[] transitions;
    private readonly int alphabetSize;

    // Per state: its depth (length of its label in folded, collapsed chars); the terms ending exactly
    // there (a CSR slice of terms); and the nearest state down the failure chain with terms of its own.
    private readonly int[] depth;
    private readonly int[] termsStart;
    private readonly int[] terms;
    private readonly int[] outputLink;

    /// <summary>Builds the automaton for <paramref name="terms"/>; an occurrence reports the term's index in this list.</summary>
    /// <param name="terms">The terms, in any case and form: each is folded and its white-space runs collapsed to one space. Empty terms never match.</param>
    public AhoCorasickMatcher(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var keys = terms.Select(term => SearchKey(term ?? throw new ArgumentException("Terms cannot be null.", nameof(terms)))).ToArray();

        // Class 1 is the ignorable chars': every state stays where it is on them.
        var classOfFoldedChar = new ushort[char.MaxValue + 1];
        classOfFoldedChar[TextFolding.Ignorable] = IgnorableClass;
        alphabetSize = IgnorableClass + 1;
        foreach (var c in keys.SelectMany(key => key))
        {
            if (classOfFoldedChar[c] == 0)
            {
                classOfFoldedChar[c] = checked((ushort)alphabetSize++);
            }
        }

        classOfChar = new ushort[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            classOfChar[c] = classOfFoldedChar[TextFolding.FoldChar((char)c)];
        }

        var trie = Trie.Build(keys, classOfFoldedChar);
        var stateCount = trie.Depth.Count;
        if ((long)stateCount * alphabetSize > int.MaxValue)
        {
            throw new ArgumentException($"{stateCount} states × {alphabetSize} char classes is too large a table.", nameof(terms));
        }

        depth = [.. trie.Depth];
        (termsStart, this.terms) = trie.TermsByState();
        outputLink = new int[stateCount];
        Array.Fill(outputLink, NoState);
        transitions = new int[stateCount * alphabetSize];
        var spaceClass = classOfFoldedChar[' '];
        LinkStates(trie, spaceClass);
    }

    /// <summary>States of the automaton: the nodes of the term trie, root included.</summary>
    public int StateCount => depth.Length;

    /// <summary>Char classes: one per distinct folded char of the terms, plus class 0 for every other char and class 1 for ignorable ones.</summary>
    public int AlphabetSize => alphabetSize;

    /// <summary>Bytes held by the automaton's arrays, the transition table above all.</summary>
    public long TableBytes =>
        sizeof(ushort) * (long)classOfChar.Length
        + sizeof(int) * ((long)transitions.Length + depth.Length + termsStart.Length + terms.Length + outputLink.Length);

    /// <summary>
    /// Adds to <paramref name="into"/> every occurrence of every term in <paramref name="text"/>, overlapping ones
    /// included, in no particular order. Start and length are offsets in <paramref name="text"/> as given; where a
    /// white-space run stood for one space of the term, the length exceeds the term's.
    /// </summary>
    /// <remarks>
    /// A longer text is scanned as two halves at once: each step of a scan waits on the load of the step before,
    /// so two independent scans keep the core busier than one. The first half's scan runs on past the middle
    /// until it is back at the root (nothing it could still match started in its half); each scan reports only
    /// occurrences that start in its own half.
    /// </remarks>
    public void FindAll(ReadOnlySpan<char> text, List<TermOccurrence> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        ref var classOfChar = ref MemoryMarshal.GetArrayDataReference(this.classOfChar);
        ref var transitions = ref MemoryMarshal.GetArrayDataReference(this.transitions);
        if (text.Length < TwoScanMinimumLength)
        {
            var row = 0;
            for (var i = 0; i < text.Length; i++)
            {
                row = Step(ref transitions, ref classOfChar, row, text, i, 0, text.Length, into);
            }

            return;
        }

        var half = text.Length / 2;
        int first = 0, second = 0;
        for (var i = 0; i < half; i++)
        {
            // Every entry is a valid row offset (or its complement) by construction, and the class table covers every char.
            first = Unsafe.Add(ref transitions, first + Unsafe.Add(ref classOfChar, text[i]));
            second = Unsafe.Add(ref transitions, second + Unsafe.Add(ref classOfChar, text[half + i]));
            if ((first | second) < 0)
            {
                first = first < 0 ? ReportAt(~first, text, i, 0, half, into) : first;
                second = second < 0 ? ReportAt(~second, text, half + i, half, text.Length, into) : second;
            }
        }

        for (var i = 2 * half; i < text.Length; i++)
        {
            second = Step(ref transitions, ref classOfChar, second, text, i, half, text.Length, into);
        }

        for (var i = half; i < text.Length && first != 0; i++)
        {
            first = Step(ref transitions, ref classOfChar, first, text, i, 0, half, into);
        }
    }

    // The folded term without ignorable chars, each run of spaces (any white space, once folded) cut to one.
    private static string SearchKey(string term)
    {
        var key = new StringBuilder(term.Length);
        foreach (var c in TextFolding.Fold(term))
        {
            if (c == TextFolding.Ignorable)
            {
                continue;
            }

            if (c != ' ' || key.Length == 0 || key[^1] != ' ')
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Step(ref int transitions, ref ushort classOfChar, int row, ReadOnlySpan<char> text, int i, int startFrom, int startBefore, List<TermOccurrence> into)
    {
        var next = Unsafe.Add(ref transitions, row + Unsafe.Add(ref classOfChar, text[i]));
        return next < 0 ? ReportAt(~next, text, i, startFrom, startBefore, into) : next;
    }

    // Reports what the state at `row` ends at `end`, keeping occurrences that start in [startFrom, startBefore); returns `row`.
    private int ReportAt(int row, ReadOnlySpan<char> text, int end, int startFrom, int startBefore, List<TermOccurrence> into)
    {
        // The state loops on the second and later chars of a white-space run; what it ends was reported on the first.
        if (IsCollapsedWhiteSpace(text, end))
        {
            return row;
        }

        var state = row / alphabetSize;
        for (var s = termsStart[state] < termsStart[state + 1] ? state : outputLink[state]; s != NoState; s = outputLink[s])
        {
            var start = StartOfMatch(text, end, depth[s]);
            if (start < startFrom || start >= startBefore)
            {
                continue;
            }

            for (var t = termsStart[s]; t < termsStart[s + 1]; t++)
            {
                into.Add(new TermOccurrence(Start: start, Length: end - start + 1, TermIndex: terms[t]));
            }
        }

        return row;
    }

    // Walks back over `length` chars of the collapsed text, a white-space run counting as its first char and an
    // ignorable char as nothing.
    private static int StartOfMatch(ReadOnlySpan<char> text, int end, int length)
    {
        var start = end + 1;
        while (length > 0)
        {
            start--;
            if (!IsCollapsedWhiteSpace(text, start) && !TextFolding.IsIgnorable(text[start]))
            {
                length--;
            }
        }

        return start;
    }

    private static bool IsCollapsedWhiteSpace(ReadOnlySpan<char> text, int index) =>
        index > 0 && TextFolding.FoldChar(text[index]) == ' ' && TextFolding.FoldChar(text[index - 1]) == ' ';

    private void LinkStates(Trie trie, int spaceClass)
    {
        var failure = new int[depth.Length];
        var hasTerms = new bool[depth.Length];
        for (var state = 0; state < depth.Length; state++)
        {
            hasTerms[state] = termsStart[state] < termsStart[state + 1];
        }

        // Breadth first, so a state's failure state (always shallower) is complete before the state.
        var queue = new Queue<int>();
        queue.Enqueue(Trie.Root);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            var row = state * alphabetSize;
            var failureRow = failure[state] * alphabetSize;
            for (var charClass = IgnorableClass + 1; charClass < alphabetSize; charClass++)
            {
                var child = trie.Child(state, charClass);
                if (child == NoState)
                {
                    // Leave a root entry (0) at the root; elsewhere inherit the failure state's move.
                    if (state != Trie.Root)
                    {
                        transitions[row + charClass] = transitions[failureRow + charClass];
                    }

                    continue;
                }

                var childFailure = state == Trie.Root ? Trie.Root : Target(transitions[failureRow + charClass]);
                failure[child] = childFailure;
                outputLink[child] = hasTerms[childFailure] ? childFailure : outputLink[childFailure];
                transitions[row + charClass] = Entry(child, hasTerms[child] || outputLink[child] != NoState);
                queue.Enqueue(child);
            }

            transitions[row + IgnorableClass] = Entry(state, reports: false);

            // A state reached by a space stays put on more white space: the run counts as one space.
            if (state != Trie.Root && spaceClass != 0 && trie.ClassInto(state) == spaceClass)
            {
                transitions[row + spaceClass] = Entry(state, hasTerms[state] || outputLink[state] != NoState);
            }
        }

        int Entry(int target, bool reports) => reports ? ~(target * alphabetSize) : target * alphabetSize;
        int Target(int entry) => (entry < 0 ? ~entry : entry) / alphabetSize;
    }

    /// <summary>The keyword trie the automaton is built from, over char classes.</summary>
    private sealed class Trie
    {
        public const int Root = 0;

        private readonly Dictionary<long, int> children = [];
        private readonly List<int> classInto = [0];
        private readonly List<List<int>?> termsEndingAt = [null];

        public List<int> Depth { get; } = [0];

        public static Trie Build(IReadOnlyList<string> keys, ushort[] classOfFoldedChar)
        {
            var trie = new Trie();
            for (var termIndex = 0; termIndex < keys.Count; termIndex++)
            {
                if (keys[termIndex].Length == 0)
                {
                    continue;
                }

                var state = Root;
                foreach (var c in keys[termIndex])
                {
                    state = trie.ChildOrNew(state, classOfFoldedChar[c]);
                }

                (trie.termsEndingAt[state] ??= []).Add(termIndex);
            }

            return trie;
        }

        public int Child(int state, int charClass) =>
            children.TryGetValue(Key(state, charClass), out var child) ? child : NoState;

        public int ClassInto(int state) => classInto[state];

        public (int[] Start, int[] Terms) TermsByState()
        {
            var start = new int[Depth.Count + 1];
            var terms = new List<int>();
            for (var state = 0; state < Depth.Count; state++)
            {
                start[state] = terms.Count;
                terms.AddRange(termsEndingAt[state] ?? []);
            }

            start[Depth.Count] = terms.Count;
            return (start, [.. terms]);
        }

        private int ChildOrNew(int state, int charClass)
        {
            var key = Key(state, charClass);
            if (!children.TryGetValue(key, out var child))
            {
                child = Depth.Count;
                children.Add(key, child);
                Depth.Add(Depth[state] + 1);
                classInto.Add(charClass);
                termsEndingAt.Add(null);
            }

            return child;
        }

        private static long Key(int state, int charClass) => ((long)state << 16) | (uint)charClass;
    }
}
