namespace Aeo.Platforms;

/// <summary>A failed call to an answer engine, classified so callers can decide whether to retry.</summary>
public sealed class AnswerEngineException : Exception
{
    public AnswerEngineException(EngineErrorClass errorClass, string message, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        ErrorClass = errorClass;
        RetryAfter = retryAfter;
    }

    public EngineErrorClass ErrorClass { get; }

    /// <summary>How long the provider asked us to wait, when it said so.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True when the same call may succeed if tried again later.</summary>
    public bool IsTransient => ErrorClass is EngineErrorClass.RateLimit or EngineErrorClass.Timeout or EngineErrorClass.Unavailable;
}
