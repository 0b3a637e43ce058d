namespace Aeo.Analysis.Sentiment;

/// <summary>A sentiment provider failed: its backend failed or it answered something that is not a valid result.</summary>
public sealed class SentimentProviderException(string provider, string message, Exception? innerException = null) : Exception($"{provider}: {message}", innerException)
{
    public string Provider { get; } = provider;
}
