namespace Aeo.Grains.Platforms;

/// <summary>An answered call: the answer, how long its successful attempt took, when that attempt started, and how many attempts it took.</summary>
public sealed record PlatformCallResult(EngineAnswer Answer, TimeSpan Elapsed, DateTimeOffset StartedAt, int Attempts);

/// <summary>
/// A call that failed for good: its last error was not transient, or the attempts ran out. Carries what a dead letter
/// records: the last error, the attempts made and when the first one failed.
/// </summary>
public sealed class PlatformCallFailedException(AnswerEngineException lastError, int attempts, DateTimeOffset firstFailureAt)
    : Exception(lastError.Message, lastError)
{
    public AnswerEngineException LastError => lastError;

    public int Attempts => attempts;

    public DateTimeOffset FirstFailureAt => firstFailureAt;
}
