namespace Aeo.Analysis.Sentiment;

/// <summary>A sentiment provider failed: its backend failed or it answered something that is not a valid result.</summary>
public sealed class SentimentProviderException : Exception
{
    public SentimentProviderException(string provider, string message, Exception? innerException = null)
        : base($"{provider}: {message}", innerException)
    {
        Provider = provider;
    }

    public string Provider { get; }
}
