using System.Diagnostics.CodeAnalysis;

namespace Aeo.Platforms;

/// <summary>The platforms configured under <c>Aeo:Platforms</c>, by name.</summary>
public interface IAnswerEngineRegistry
{
    IReadOnlyList<PlatformDescriptor> Platforms { get; }

    bool TryGet(string platform, [MaybeNullWhen(false)] out IAnswerEngine engine);

    /// <exception cref="KeyNotFoundException">No platform of that name is configured.</exception>
    PlatformDescriptor Describe(string platform);
}
