namespace Aeo.Platforms;

public sealed record EngineAnswer(
    string Text,
    string Model,
    int InputTokens,
    int OutputTokens,
    TimeSpan Latency,
    string RawJson,
    bool IsSimulated);
