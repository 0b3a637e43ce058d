using System.Diagnostics.CodeAnalysis;

namespace Aeo.Platforms;

internal sealed class AnswerEngineRegistry : IAnswerEngineRegistry
{
    private readonly Dictionary<string, (PlatformDescriptor Descriptor, IAnswerEngine Engine)> _byName;

    public AnswerEngineRegistry(IEnumerable<(PlatformDescriptor Descriptor, IAnswerEngine Engine)> platforms)
    {
        _byName = platforms.ToDictionary(p => p.Descriptor.Name, StringComparer.OrdinalIgnoreCase);
        Platforms = [.. _byName.Values.Select(p => p.Descriptor).OrderBy(d => d.Name, StringComparer.Ordinal)];
    }

    public IReadOnlyList<PlatformDescriptor> Platforms { get; }

    public bool TryGet(string platform, [MaybeNullWhen(false)] out IAnswerEngine engine)
    {
        if (_byName.TryGetValue(platform, out var entry))
        {
            engine = entry.Engine;
            return true;
        }

        engine = null;
        return false;
    }

    public PlatformDescriptor Describe(string platform)
        => _byName.TryGetValue(platform, out var entry)
            ? entry.Descriptor
            : throw new KeyNotFoundException($"No platform named '{platform}' is configured under {PlatformConfigurationReader.SectionPath}; configured: {string.Join(", ", Platforms.Select(p => p.Name))}.");
}
