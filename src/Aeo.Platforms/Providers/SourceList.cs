namespace Aeo.Platforms.Providers;

/// <summary>
/// Collects an answer's sources once per URL, in order of first appearance (that order is <see cref="EngineCitation.Position"/>).
/// A URL that was both retrieved and cited is cited; the first title seen wins unless it had none.
/// </summary>
internal sealed class SourceList
{
    private readonly List<(string Url, string? Title, bool Cited)> sources = [];
    private readonly Dictionary<string, int> indexByUrl = new(StringComparer.Ordinal);

    public void Add(string url, string? title, bool cited)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }
        var cleanTitle = string.IsNullOrWhiteSpace(title) ? null : title;
        if (indexByUrl.TryGetValue(url, out var index))
        {
            var known = sources[index];
            sources[index] = (known.Url, known.Title ?? cleanTitle, known.Cited || cited);
            return;
        }
        indexByUrl[url] = sources.Count;
        sources.Add((url, cleanTitle, cited));
    }

    public IReadOnlyList<EngineCitation> ToCitations() =>
        [.. sources.Select((source, i) => new EngineCitation(source.Url, source.Title, source.Cited, i + 1))];
}
