namespace Aeo.Analysis.Questions;

/// <summary>The form two questions are compared in for duplicates: case, spacing and final punctuation ignored.</summary>
internal static class QuestionTextKey
{
    public static string For(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).TrimEnd('?', '.', '!', ' ').ToLowerInvariant();
    }
}
