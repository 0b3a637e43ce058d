namespace Aeo.Analysis.Tests.Questions;

/// <summary>The CRM client the question tests share: HubSpot against Salesforce and Pipedrive.</summary>
internal static class QuestionRequests
{
    public static QuestionRequest Crm(
        int maxQuestions = QuestionLimits.DefaultMaxQuestions,
        IReadOnlyList<string>? categories = null,
        IReadOnlyList<string>? custom = null,
        IReadOnlyList<string>? useCases = null,
        IReadOnlyList<string>? competitors = null,
        IReadOnlyList<string>? personas = null) =>
        new("HubSpot", competitors ?? ["Salesforce", "Pipedrive"], "CRM", categories ?? [], maxQuestions, custom, useCases, personas);

    /// <summary>Every candidate the templates make: a cap and a per-category maximum nothing reaches.</summary>
    public static QuestionRequest Uncapped(QuestionRequest request) =>
        request with { MaxQuestions = 100_000, MaxPerCategory = 100_000 };
}
