namespace Aeo.Api.Tests.Support;

/// <summary>The samples of a Prometheus text exposition, to read series back exactly by name and label set.</summary>
public sealed partial class PrometheusText
{
    private readonly List<(string Name, IReadOnlyDictionary<string, string> Labels, double Value)> samples = [];

    public PrometheusText(string text)
    {
        Text = text;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var match = SampleLine().Match(line);
            Assert.True(match.Success, $"Not a Prometheus sample line: {line}");
            var labels = LabelPair().Matches(match.Groups["labels"].Value)
                .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value);
            samples.Add((match.Groups["name"].Value, labels, double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture)));
        }
    }

    public string Text { get; }

    /// <summary>Every sample name present (histograms as their <c>_bucket</c>, <c>_sum</c> and <c>_count</c> series).</summary>
    public IReadOnlySet<string> Names => samples.Select(s => s.Name).ToHashSet();

    /// <summary>The value of the one series with exactly these labels, or null when there is none.</summary>
    public double? Value(string name, params (string Key, string Value)[] labels)
    {
        var found = samples.Where(s => s.Name == name && s.Labels.Count == labels.Length
                                       && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).ToList();
        Assert.True(found.Count <= 1, $"More than one series {name} with those labels");
        return found.Count == 1 ? found[0].Value : null;
    }

    /// <summary>The sum over every series of <paramref name="name"/> whose labels include these.</summary>
    public double Sum(string name, params (string Key, string Value)[] labels) =>
        samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).Sum(s => s.Value);

    public static async Task<PrometheusText> ScrapeAsync(string metricsUrl)
    {
        // The API serves /metrics behind the operator key; a silo's own port ignores the header.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiServer.OperatorKey);
        return new PrometheusText(await http.GetStringAsync(metricsUrl));
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>[^ ]+)( [0-9]+)?$")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"(?<key>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}
