namespace Aeo.Platforms;

/// <param name="TrackedBrands">Names the simulated engine may mention; real engines ignore it.</param>
public sealed record AnswerRequest(string Question, int Sample, IReadOnlyList<string> TrackedBrands);
