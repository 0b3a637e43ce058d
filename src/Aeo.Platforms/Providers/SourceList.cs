namespace Aeo.Platforms.Providers;

/// <summary>
/// Collects an answer's sources once per URL, in order of first appearance (that order is <see cref="EngineCitation.Position"/>).
/// A URL that was both retrieved and cited is cited; the first title seen wins unless it had none.
/// </summary>
internal sealed class SourceList
{
    private readonly List<(string Url, string? Title, bool Cited)> _sources = [];
    private readonly Dictionary<string, int> _indexByUrl = new(StringComparer.Ordinal);

    public void Add(string url, string? title, bool cited)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }
        var cleanTitle = string.IsNullOrWhiteSpace(title) ? null : title;
        if (_indexByUrl.TryGetValue(url, out var index))
        {
            var known = _sources[index];
            _sources[index] = (known.Url, known.Title ?? cleanTitle, known.Cited || cited);
            return;
        }
        _indexByUrl[url] = _sources.Count;
        _sources.Add((url, cleanTitle, cited));
    }

    public IReadOnlyList<EngineCitation> ToCitations() =>
        [.. _sources.Select((source, i) => new EngineCitation(source.Url, source.Title, source.Cited, i + 1))];
}
