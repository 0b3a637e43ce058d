namespace Aeo.Analysis.Questions;

/// <summary>Whether a question names the client brand or a competitor.</summary>
public static class QuestionTypes
{
    public const string Branded = "branded";
    public const string NonBranded = "non_branded";
}
