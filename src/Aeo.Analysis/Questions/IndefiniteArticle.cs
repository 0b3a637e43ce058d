namespace Aeo.Analysis.Questions;

/// <summary>
/// "a" or "an" before a word, by how the word is said: "an accounting tool", "a user", "an HR platform" (an acronym
/// is read letter by letter), "a CRM tool", "an 8-person team", "a Xero licence", "an hour".
/// </summary>
internal static class IndefiniteArticle
{
    // Letters whose names start with a vowel sound: "an F", "an HR", "an SEO".
    private const string VowelSoundLetters = "AEFHILMNORSX";

    // Vowel-initial words said with a consonant sound, and h-initial words said without one.
    private static readonly string[] ConsonantSoundPrefixes = ["uni", "ubi", "use", "usa", "usu", "uti", "ura", "ure", "uro", "eu", "ewe", "one", "once"];
    private static readonly string[] SilentHPrefixes = ["hour", "honest", "honor", "honour", "heir"];

    public static string Before(string word)
    {
        if (word.Length == 0)
        {
            return "a";
        }

        if (char.IsDigit(word[0]))
        {
            // "8", "11", "18" and "80…89" are said with a vowel first; other numbers are not.
            var digits = new string(word.TakeWhile(char.IsDigit).ToArray());
            return digits[0] == '8' || digits is "11" or "18" ? "an" : "a";
        }

        var letters = new string(word.TakeWhile(char.IsLetter).ToArray());
        if (letters.Length == 0)
        {
            return "a";
        }

        if (IsAcronym(letters))
        {
            return VowelSoundLetters.Contains(char.ToUpperInvariant(letters[0])) ? "an" : "a";
        }

        var lower = letters.ToLowerInvariant();
        if (SilentHPrefixes.Any(lower.StartsWith))
        {
            return "an";
        }

        if (lower[0] == 'x')
        {
            // "Xero", "xylophone": an x before a vowel is said "z".
            return lower.Length > 1 && "aeiouy".Contains(lower[1]) ? "a" : "an";
        }

        return "aeiou".Contains(lower[0]) && !ConsonantSoundPrefixes.Any(lower.StartsWith) ? "an" : "a";
    }

    // "HR", "CRM", "SEO", a lone capital: read letter by letter. "ClickUp" and "Asana" are words.
    private static bool IsAcronym(string letters) => letters.All(char.IsUpper);
}
