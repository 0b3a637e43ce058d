namespace Aeo.Platforms;

/// <summary>One answer engine (a configured platform). Implementations are shared by concurrent callers.</summary>
public interface IAnswerEngine
{
    string Platform { get; }

    bool IsSimulated { get; }

    /// <summary>The model the platform asks for (a provider may answer with a dated version of it).</summary>
    string Model { get; }

    /// <exception cref="AnswerEngineException">The engine failed; see <see cref="AnswerEngineException.ErrorClass"/>.</exception>
    Task<EngineAnswer> AskAsync(AnswerRequest request, CancellationToken cancellationToken);
}
