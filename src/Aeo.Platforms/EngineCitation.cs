namespace Aeo.Platforms;

/// <summary>
/// A source an engine reported with its answer. <see cref="Cited"/> is true when the answer attributes a claim
/// to it and false when the engine only retrieved it; <see cref="Position"/> is the engine's own order (1-based).
/// </summary>
public sealed record EngineCitation(string Url, string? Title, bool Cited, int Position);
