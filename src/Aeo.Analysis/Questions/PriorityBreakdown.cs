namespace Aeo.Analysis.Questions;

/// <summary>
/// Why a question has its priority. For a generated question (template or LLM):
/// <code>Score = 0.5 × CategoryWeight + 0.3 × AudienceWeight + 0.1 × Specificity + 0.05 × PersonaFactor + 0.05 × MarketFactor</code>
/// rounded to 4 decimals, where
/// <list type="bullet">
/// <item>CategoryWeight: how directly the category shows whether engines recommend a brand
/// (recommendation and best-of 1.0, comparison 0.9, alternatives 0.85, use case 0.8, pricing 0.7,
/// features and reviews 0.65, how-to 0.5; a custom category carries its own weight).</item>
/// <item>AudienceWeight: non-branded 1.0 (unprompted visibility is what an audit is for), branded naming
/// the client 0.8, branded naming only competitors 0.6.</item>
/// <item>Specificity: 1 when the question names one of the client's use cases, else 0.</item>
/// <item>PersonaFactor: 1 when it names one of the client's buyer personas, else 0.</item>
/// <item>MarketFactor: 1 when it names the locale's market ("in the UK"), else 0.</item>
/// </list>
/// A client's own custom question is not scored: its priority is fixed at 1.0 (<see cref="IsFixed"/>).
/// </summary>
public sealed record PriorityBreakdown(
    string Category,
    double CategoryWeight,
    string Audience,
    double AudienceWeight,
    string? UseCase,
    string? Persona,
    string? Market)
{
    public const double CategoryCoefficient = 0.5;
    public const double AudienceCoefficient = 0.3;
    public const double SpecificityCoefficient = 0.1;
    public const double PersonaCoefficient = 0.05;
    public const double MarketCoefficient = 0.05;

    /// <summary>The priority of every custom question.</summary>
    public const double FixedCustomScore = 1.0;

    /// <summary>True for a custom question, whose score is <see cref="FixedCustomScore"/> whatever its components.</summary>
    public bool IsFixed { get; private init; }

    public double Specificity => UseCase is null ? 0 : 1;

    public double PersonaFactor => Persona is null ? 0 : 1;

    public double MarketFactor => Market is null ? 0 : 1;

    public double Score => IsFixed
        ? FixedCustomScore
        : Math.Round(
            CategoryCoefficient * CategoryWeight
            + AudienceCoefficient * AudienceWeight
            + SpecificityCoefficient * Specificity
            + PersonaCoefficient * PersonaFactor
            + MarketCoefficient * MarketFactor,
            4);

    /// <summary>The breakdown of a custom question: its audience is recorded, its score is fixed.</summary>
    public static PriorityBreakdown ForCustomQuestion(string audience, double audienceWeight) =>
        new(QuestionCategories.Custom, 0, audience, audienceWeight, null, null, null) { IsFixed = true };

    /// <summary>The formula with this question's numbers, e.g. for a report's "why this question" column.</summary>
    public string Explain()
    {
        if (IsFixed)
        {
            return F($"custom question supplied by the client ({Audience}): priority fixed at {FixedCustomScore:0.00}, above every generated question");
        }

        return F($"{CategoryCoefficient} × category {CategoryWeight:0.00} ({Category})")
            + F($" + {AudienceCoefficient} × audience {AudienceWeight:0.00} ({Audience})")
            + F($" + {SpecificityCoefficient} × specificity {Specificity:0} ({Named("use case", UseCase)})")
            + F($" + {PersonaCoefficient} × persona {PersonaFactor:0} ({Named("persona", Persona)})")
            + F($" + {MarketCoefficient} × market {MarketFactor:0} ({Named("market", Market)})")
            + F($" = {Score:0.0###}");
    }

    private static string Named(string what, string? value) => value is null ? $"no {what}" : $"{what} '{value}'";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
