namespace Aeo.Analysis.Llm;

/// <summary>
/// Asks a configured language model one prompt and returns its text. The analysis library uses it
/// for the optional LLM parts (sentiment judge, question generator) without knowing which platform
/// answers; the host adapts a configured answer engine to it.
/// </summary>
public interface ITextCompletion
{
    /// <summary>Name of the platform behind this completion, for provenance in results.</summary>
    string Source { get; }

    Task<string> CompleteAsync(string prompt, CancellationToken cancellationToken);
}
