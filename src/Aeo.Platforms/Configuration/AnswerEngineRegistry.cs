using System.Diagnostics.CodeAnalysis;

namespace Aeo.Platforms;

internal sealed class AnswerEngineRegistry : IAnswerEngineRegistry
{
    private readonly Dictionary<string, (PlatformDescriptor Descriptor, IAnswerEngine Engine)> byName;

    public AnswerEngineRegistry(IEnumerable<(PlatformDescriptor Descriptor, IAnswerEngine Engine)> platforms)
    {
        byName = platforms.ToDictionary(p => p.Descriptor.Name, StringComparer.OrdinalIgnoreCase);
        Platforms = [.. byName.Values.Select(p => p.Descriptor).OrderBy(d => d.Name, StringComparer.Ordinal)];
    }

    public IReadOnlyList<PlatformDescriptor> Platforms { get; }

    public bool TryGet(string platform, [MaybeNullWhen(false)] out IAnswerEngine engine)
    {
        if (byName.TryGetValue(platform, out var entry))
        {
            engine = entry.Engine;
            return true;
        }

        engine = null;
        return false;
    }

    public PlatformDescriptor Describe(string platform)
        => byName.TryGetValue(platform, out var entry)
            ? entry.Descriptor
            : throw new KeyNotFoundException($"No platform named '{platform}' is configured under {PlatformConfigurationReader.SectionPath}; configured: {string.Join(", ", Platforms.Select(p => p.Name))}.");
}
