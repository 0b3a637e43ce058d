namespace Aeo.Platforms;

public sealed record EngineAnswer(
    string Text,
    string Model,
    int InputTokens,
    int OutputTokens,
    TimeSpan Latency,
    string RawJson,
    bool IsSimulated)
{
    /// <summary>The sources the engine reported, in its order; empty when it reports none.</summary>
    public IReadOnlyList<EngineCitation> Citations { get; init; } = [];
}
