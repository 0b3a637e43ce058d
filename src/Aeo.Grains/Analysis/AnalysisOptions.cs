using System.ComponentModel.DataAnnotations;
using Aeo.Analysis.Sentiment;

namespace Aeo.Grains.Analysis;

/// <summary>How answers are analyzed and questions generated, bound from <c>Aeo:Analysis</c>.</summary>
public sealed class AnalysisOptions
{
    public const string Section = "Aeo:Analysis";

    /// <summary>
    /// How the local lexicon and the LLM judge combine: Primary asks the judge only where the lexicon's
    /// confidence is below the threshold; Ensemble averages both; Consensus keeps a label only when they agree.
    /// Without a <see cref="SentimentJudgePlatform"/> the lexicon alone decides.
    /// </summary>
    public SentimentStrategy SentimentStrategy { get; set; } = SentimentStrategy.Primary;

    [Range(0.0, 1.0)]
    public double SentimentConfidenceThreshold { get; set; } = 0.7;

    /// <summary>A configured platform that judges sentiment as an LLM; null = lexicon only.</summary>
    public string? SentimentJudgePlatform { get; set; }

    /// <summary>A configured platform asked for buyer questions beside the templates; null = templates only.</summary>
    public string? QuestionGeneratorPlatform { get; set; }
}
