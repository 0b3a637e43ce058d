using Aeo.Abstractions.Audits;

namespace Aeo.Abstractions.Grains;

/// <summary>
/// Runs one question of one run on each of its platforms and samples (keyed by <see cref="GrainKeys.Question"/>).
/// </summary>
[Alias("aeo.IQuestionGrain")]
public interface IQuestionGrain : IGrainWithStringKey
{
    /// <summary>Accepts work and returns at once; items already in hand are not started twice.</summary>
    [Alias("execute")]
    Task ExecuteAsync(QuestionWork work);

    [Alias("cancel")]
    Task CancelAsync();
}
