namespace Aeo.Analysis.Discovery;

/// <summary>
/// One stored answer as competitor discovery reads it: its platform, whether its question was branded (only answers to
/// non-branded questions are read), its markdown text, the registrable domains it cited (sources it only retrieved are
/// not counted), and when it was answered.
/// </summary>
public sealed record DiscoveryAnswer(string Platform, bool Branded, string Text, IReadOnlyList<string> CitedDomains, DateTimeOffset AnsweredAt);
