namespace Aeo.Analysis.Questions;

/// <summary>
/// The form two questions are compared in for duplicates. Ignored: case, spacing, punctuation
/// (so a trailing '?', "vs." and "open-source" do not matter), possessives ("HubSpot's" = "HubSpot")
/// and simple plurals ("alternatives" = "alternative", "companies" = "company", "businesses" = "business").
/// Both sides go through the same reduction, so it only has to be consistent, not good English.
/// </summary>
public static class QuestionTextKey
{
    public static string For(string text)
    {
        var spaced = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Replace("'s", " ", StringComparison.Ordinal).Replace("’s", " ", StringComparison.Ordinal))
        {
            spaced.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = spaced.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(Singular));
    }

    private static string Singular(string word)
    {
        if (word.Length <= 3 || word.EndsWith("ss", StringComparison.Ordinal)
            || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }
}
