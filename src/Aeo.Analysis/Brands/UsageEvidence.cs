using System.Runtime.InteropServices;

namespace Aeo.Analysis.Brands;

/// <summary>
/// Decides which candidates count as mentions. A term that is not a common word always counts. A
/// common word ("Notion", "Apple", "Zoom", "Factor") counts only written capitalised (not in shouting capitals), and
/// then either not at the start of its sentence, or at the start with evidence of brand use: a possessive
/// ("Notion's"), a product noun within two words ("Notion AI", "Slack pricing"), "for" and a name ("Zoom for
/// Healthcare"), a top-level domain ("Notion.so"), a legal suffix ("Square, Inc."), being the whole head of a list
/// item or table cell, alone or with a model name ("1. **Notion** – notes", "| On Cloudmonster 2 |", but not
/// "- Zoom in on charts"), opening a bold or italic run ("**Notion** is free", "**3. Workday** —"), opening or
/// ending a heading ("### 3. Factor", "## Best budget pick: Freshdesk"), or going on as a name does
/// (<see cref="BrandUseCues.ContinuesLikeAName"/>: "Wave, popular in …", "Notion is …", not "Bear in mind") with
/// another tracked brand in the same sentence or leading the paragraph before or after ("**Xero** is …" then
/// "Wave, popular in North America, …"), or a finite verb right after it ("Linear is …") with another tracked brand
/// anywhere in the answer. A capital in a title-case heading ("## How to Close More Deals") is no evidence, as at a
/// sentence start. Once the brand is clearly in the answer, its capitalised name counts
/// anywhere in it, except at a sentence start that does not go on as a name ("Bear in mind" beside "Bear Pro"; here
/// a capitalised word or a verb in -s also goes on as a name: "Kit allows", "Rippling Global").
/// A weekday, month or first name ("Monday", "Bob") is capitalised anyway, so it counts only followed at once by a
/// software noun ("Monday CRM"), a domain or a legal suffix, after "in" (a weekday: "In Monday, create…"), "inside",
/// "using" or "via", or next to another brand in an enumeration ("Asana, Monday and ClickUp", "Monday vs Asana"); a
/// first name also once its brand is named plainly elsewhere in the answer. Lower case never counts for these
/// words: a miss costs less than a false positive.
/// </summary>
internal static class UsageEvidence
{
    private const int MaxSentenceReach = 400;
    private const int WordsOfProductContext = 2;

    private static readonly HashSet<string> ProductNouns = new(
        [
            "app", "apps", "application", "crm", "software", "platform", "tool", "tools", "plan", "plans", "pricing",
            "price", "prices", "subscription", "account", "accounts", "workspace", "workspaces", "integration",
            "integrations", "api", "ai", "suite", "dashboard", "dashboards", "extension", "plugin", "template",
            "templates", "desktop", "mobile", "ios", "android", "users", "customers", "pro", "premium", "enterprise",
            "docs", "boards", "automations", "sdk", "editor", "tier", "tiers", "license", "licenses", "seat", "seats",
        ],
        StringComparer.OrdinalIgnoreCase);

    // Words that follow a weekday or month only when it is the product: "the Monday plan" is a schedule, "the Monday app" is not.
    private static readonly HashSet<string> SoftwareNouns = new(
        [
            "app", "apps", "application", "crm", "software", "platform", "pricing", "subscription", "workspace",
            "workspaces", "integration", "integrations", "api", "ai", "dashboards", "boards", "automations", "sdk",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> EnumerationWords = new(["and", "or", "vs", "versus"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Sets the confidence of every candidate that counts. <paramref name="text"/> is markup-blanked; <paramref name="original"/> is not.</summary>
    public static void Decide(ReadOnlySpan<char> text, ReadOnlySpan<char> original, List<MentionCandidate> candidates, IReadOnlyList<BrandTerm> terms, IReadOnlyList<ListItem> listItems)
    {
        var span = CollectionsMarshal.AsSpan(candidates);
        foreach (ref var candidate in span)
        {
            var term = terms[candidate.TermIndex];
            if (term.Ambiguity == WordAmbiguity.None)
            {
                candidate.Confidence = MentionConfidence.Of(candidate.KindOf(term), ambiguous: false);
            }
        }

        // Ambiguous candidates lean only on unambiguous ones, so the order they are decided in does not matter.
        for (var i = 0; i < span.Length; i++)
        {
            var term = terms[span[i].TermIndex];
            if (term.Ambiguity != WordAmbiguity.None && HasEvidence(text, original, span, i, terms, listItems))
            {
                span[i].Confidence = MentionConfidence.Of(span[i].KindOf(term), ambiguous: true);
            }
        }

        // One sense per answer: once a brand is clearly in the answer, its capitalised common-word name counts
        // everywhere in it ("## Close", "Zoom is still better"), but not where a sentence opens with the word and
        // goes on as English does ("Bear in mind"). A first name needs the brand named plainly ("HiBob (usually
        // just called Bob)"); a weekday never relies on this.
        for (var i = 0; i < span.Length; i++)
        {
            var term = terms[span[i].TermIndex];
            if (span[i].Confidence is null
                && term.Ambiguity is WordAmbiguity.CommonWord or WordAmbiguity.FirstName
                && IsCapitalised(text.Slice(span[i].Start, span[i].Length), term.Text)
                && (!CapitalsProveNothing(text, original, span[i].Start)
                    || PossessiveLength(text, span[i].End) > 0
                    || BrandUseCues.ContinuesLikeAName(text, original, span[i].End, ProductNouns, established: true))
                && BrandIsEstablished(span, term.BrandIndex, terms, plainlyOnly: term.Ambiguity == WordAmbiguity.FirstName))
            {
                span[i].Confidence = MentionConfidence.Of(span[i].KindOf(term), ambiguous: true);
            }
        }
    }

    private static bool BrandIsEstablished(ReadOnlySpan<MentionCandidate> candidates, int brand, IReadOnlyList<BrandTerm> terms, bool plainlyOnly)
    {
        foreach (var candidate in candidates)
        {
            var term = terms[candidate.TermIndex];
            if (candidate.Confidence is not null && term.BrandIndex == brand && (!plainlyOnly || term.Ambiguity == WordAmbiguity.None))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasEvidence(ReadOnlySpan<char> text, ReadOnlySpan<char> original, ReadOnlySpan<MentionCandidate> candidates, int index, IReadOnlyList<BrandTerm> terms, IReadOnlyList<ListItem> listItems)
    {
        var candidate = candidates[index];
        var term = terms[candidate.TermIndex];
        if (!IsCapitalised(text.Slice(candidate.Start, candidate.Length), term.Text))
        {
            return false;
        }

        var companyForm = DomainNames.TopLevelDomainAt(text, candidate.End) || LegalSuffixes.MeasureAfter(text, candidate.End) > 0;
        if (term.Ambiguity is WordAmbiguity.CalendarWord or WordAmbiguity.FirstName)
        {
            return companyForm
                || FollowedBy(SoftwareNouns, text, candidate.End, words: 1)
                || (term.Ambiguity == WordAmbiguity.CalendarWord && AfterProductPreposition(text, candidate.Start, term.Text))
                || NextToAnotherBrandInEnumeration(text, candidates, index, terms);
        }

        var possessive = PossessiveLength(text, candidate.End);
        var productContext = companyForm
            || FollowedBy(ProductNouns, text, candidate.End + possessive, WordsOfProductContext)
            || BrandUseCues.FollowedByForAName(text, candidate.End);
        if (!CapitalsProveNothing(text, original, candidate.Start) || productContext || possessive > 0)
        {
            return true;
        }

        if ((IsWholeItemHead(text, original, candidate.Start, candidate.End) && listItems.Any(item => item.Contains(candidate.Start)))
            || BrandUseCues.IsEmphasisLead(original, candidate.Start, candidate.End)
            || BrandUseCues.IsHeadingLead(text, original, candidate.Start, candidate.End))
        {
            return true;
        }

        if (BrandUseCues.ContinuesLikeAName(text, original, candidate.End, ProductNouns, established: false)
            && (AnotherBrandInSentence(text, candidates, index, terms) || LeadsParagraphNextToAnotherBrand(text, original, candidates, index, terms)))
        {
            return true;
        }

        // "Linear is fast …" in an answer about tools: a bare common noun does not open a sentence with a finite verb.
        return BrandUseCues.FollowedByFiniteVerb(text, candidate.End) && AnotherBrandInAnswer(candidates, index, terms);
    }

    // Where a capital is owed to the place, not the name: a sentence start, or a title-case heading ("## How to Close More Deals").
    private static bool CapitalsProveNothing(ReadOnlySpan<char> text, ReadOnlySpan<char> original, int start)
    {
        if (SentenceBounds.StartsSentence(text, start))
        {
            return true;
        }

        return BrandUseCues.InTitleCaseHeading(original, start);
    }

    private static bool AnotherBrandInAnswer(ReadOnlySpan<MentionCandidate> candidates, int index, IReadOnlyList<BrandTerm> terms)
    {
        var brand = terms[candidates[index].TermIndex].BrandIndex;
        foreach (var other in candidates)
        {
            if (IsUnambiguousMentionOfAnother(other, brand, terms))
            {
                return true;
            }
        }

        return false;
    }

    // "In Monday, create an automation": a weekday is "on" a day, so "in", "inside", "using" or "via" it is the product.
    private static bool AfterProductPreposition(ReadOnlySpan<char> text, int start, string term)
    {
        var before = text[..start].TrimEnd(" \t");
        var wordStart = before.Length;
        while (wordStart > 0 && char.IsLetter(before[wordStart - 1]))
        {
            wordStart--;
        }

        var word = before[wordStart..];
        var weekday = term.EndsWith("day", StringComparison.OrdinalIgnoreCase);
        return word.Equals("inside", StringComparison.OrdinalIgnoreCase) || word.Equals("using", StringComparison.OrdinalIgnoreCase)
            || word.Equals("via", StringComparison.OrdinalIgnoreCase) || (weekday && word.Equals("in", StringComparison.OrdinalIgnoreCase));
    }

    // The word opens its paragraph or item, and the paragraph or item before or after opens with another brand.
    private static bool LeadsParagraphNextToAnotherBrand(
        ReadOnlySpan<char> text, ReadOnlySpan<char> original, ReadOnlySpan<MentionCandidate> candidates, int index, IReadOnlyList<BrandTerm> terms)
    {
        var candidate = candidates[index];
        var lineStart = text[..candidate.Start].LastIndexOf('\n') + 1;
        if (!text[lineStart..candidate.Start].IsWhiteSpace())
        {
            return false;
        }

        var (previous, next) = NeighbourParagraphs.Around(original, text, candidate.Start);
        var brand = terms[candidate.TermIndex].BrandIndex;
        foreach (var other in candidates)
        {
            if ((other.Start == previous || other.Start == next) && IsUnambiguousMentionOfAnother(other, brand, terms))
            {
                return true;
            }
        }

        return false;
    }

    // First on its line or in its cell, and followed (after a possessive or a model name) by nothing but a separator:
    // the item is about the brand.
    private static bool IsWholeItemHead(ReadOnlySpan<char> text, ReadOnlySpan<char> original, int start, int end)
    {
        end += PossessiveLength(text, end);
        var limit = end;
        while (limit < text.Length && text[limit] != '\n' && original[limit] != '|')
        {
            limit++;
        }

        if (BrandUseCues.FollowedByModelOrNothing(text, end, limit, out var afterModel))
        {
            end = afterModel;
        }

        var before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\t' && original[before] != '|')
        {
            before--;
        }

        if (before >= 0 && text[before] != '\n' && original[before] != '|')
        {
            return false;
        }

        var after = end;
        while (after < text.Length && text[after] is ' ' or '\t' && original[after] != '|')
        {
            after++;
        }

        return after == text.Length || text[after] is '\n' or '\r' or '–' or '—' or '-' or ':' or '(' or ',' or ';' or '.'
            || original[after] == '|';
    }

    // Upper-case initial, and not all capitals unless the term is defined that way ("ZOOM IN" is shouting).
    private static bool IsCapitalised(ReadOnlySpan<char> found, string term)
    {
        if (found.IsEmpty || !char.IsUpper(found[0]))
        {
            return false;
        }

        var hasLowerCase = false;
        foreach (var c in found)
        {
            hasLowerCase |= char.IsLower(c);
        }

        var allCapitals = found.Length > 1 && !hasLowerCase;
        return !allCapitals || term.All(c => !char.IsLetter(c) || char.IsUpper(c));
    }

    private static int PossessiveLength(ReadOnlySpan<char> text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's'
        && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2]))
            ? 2
            : 0;

    private static bool FollowedBy(HashSet<string> nouns, ReadOnlySpan<char> text, int at, int words)
    {
        var lookup = nouns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var word = 0; word < words; word++)
        {
            var gap = at;
            while (at < text.Length && text[at] is ' ' or '\t')
            {
                at++;
            }

            var wordStart = at;
            while (at < text.Length && char.IsLetter(text[at]))
            {
                at++;
            }

            if (at == wordStart || gap == wordStart)
            {
                return false;
            }

            if (lookup.Contains(text[wordStart..at]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnotherBrandInSentence(ReadOnlySpan<char> text, ReadOnlySpan<MentionCandidate> candidates, int index, IReadOnlyList<BrandTerm> terms)
    {
        var candidate = candidates[index];
        var brand = terms[candidate.TermIndex].BrandIndex;
        var (start, end) = SentenceBounds.Around(text, candidate.Start, candidate.End, MaxSentenceReach);
        for (var i = index - 1; i >= 0 && candidates[i].Start >= start; i--)
        {
            if (IsUnambiguousMentionOfAnother(candidates[i], brand, terms))
            {
                return true;
            }
        }

        for (var i = index + 1; i < candidates.Length && candidates[i].End <= end; i++)
        {
            if (IsUnambiguousMentionOfAnother(candidates[i], brand, terms))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NextToAnotherBrandInEnumeration(ReadOnlySpan<char> text, ReadOnlySpan<MentionCandidate> candidates, int index, IReadOnlyList<BrandTerm> terms)
    {
        var candidate = candidates[index];
        var brand = terms[candidate.TermIndex].BrandIndex;
        // A comma alone joins a list only after its first name: "Asana, Monday" but not "On Monday, Asana shipped".
        return (index > 0 && IsUnambiguousMentionOfAnother(candidates[index - 1], brand, terms)
                && IsEnumerationGap(text[candidates[index - 1].End..candidate.Start], commaAlone: true))
            || (index + 1 < candidates.Length && IsUnambiguousMentionOfAnother(candidates[index + 1], brand, terms)
                && IsEnumerationGap(text[candidate.End..candidates[index + 1].Start], commaAlone: false));
    }

    private static bool IsUnambiguousMentionOfAnother(MentionCandidate other, int brand, IReadOnlyList<BrandTerm> terms) =>
        other.Confidence is not null && terms[other.TermIndex].Ambiguity == WordAmbiguity.None && terms[other.TermIndex].BrandIndex != brand;

    // Only separators of a list of names between two mentions: ", ", " and ", " / ", " vs. ", " or ".
    private static bool IsEnumerationGap(ReadOnlySpan<char> gap, bool commaAlone)
    {
        var lookup = EnumerationWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var joined = commaAlone;
        var at = 0;
        while (at < gap.Length)
        {
            if (gap[at] is ' ' or '\t' or ',' or '.')
            {
                at++;
                continue;
            }

            if (gap[at] is '/' or '&')
            {
                joined = true;
                at++;
                continue;
            }

            var wordStart = at;
            while (at < gap.Length && char.IsLetter(gap[at]))
            {
                at++;
            }

            if (at == wordStart || !lookup.Contains(gap[wordStart..at]))
            {
                return false;
            }

            joined = true;
        }

        return joined;
    }
}
