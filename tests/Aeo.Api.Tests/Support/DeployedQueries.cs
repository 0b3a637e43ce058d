using System.Text.Json;

namespace Aeo.Api.Tests.Support;

/// <summary>
/// The PromQL of <c>deploy/</c>: every alert rule's <c>expr</c> and every Grafana panel's and variable's query, and the
/// metric names they read. Label matchers, ranges, grouping clauses, function names, operators and Grafana variables
/// are set aside; what is left are metric names.
/// </summary>
public static partial class DeployedQueries
{
    private static readonly HashSet<string> Keywords = ["and", "or", "unless", "bool", "offset", "inf", "nan"];

    /// <summary>Series Prometheus makes itself for every target; no process exports them.</summary>
    public static readonly IReadOnlySet<string> PrometheusOwn = new HashSet<string> { "up" };

    public static string Root { get; } = FindRoot();

    /// <summary>Each alert's expression in <c>deploy/prometheus/alerts.yml</c> (written one line each).</summary>
    public static IReadOnlyList<string> AlertExpressions() =>
        File.ReadLines(Path.Combine(Root, "deploy", "prometheus", "alerts.yml"))
            .Select(line => AlertExpr().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups["expr"].Value)
            .ToList();

    /// <summary>Every <c>expr</c> and query variable of the dashboards in <c>deploy/grafana/dashboards</c>, by dashboard file.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DashboardExpressions() =>
        Directory.GetFiles(Path.Combine(Root, "deploy", "grafana", "dashboards"), "*.json")
            .ToDictionary(file => Path.GetFileName(file), file =>
            {
                using var document = JsonDocument.Parse(File.ReadAllText(file));
                var found = new List<string>();
                Collect(document.RootElement, found);
                return (IReadOnlyList<string>)found;
            });

    /// <summary>The metric names <paramref name="expression"/> reads.</summary>
    public static IReadOnlySet<string> MetricNames(string expression)
    {
        var labelValues = LabelValues().Match(expression);
        if (labelValues.Success)
        {
            return new HashSet<string> { labelValues.Groups["metric"].Value };
        }
        var bare = Quoted().Replace(expression, " ");
        bare = Matchers().Replace(bare, " ");
        bare = Ranges().Replace(bare, " ");
        bare = Grouping().Replace(bare, " ");
        bare = Variables().Replace(bare, " ");
        return Identifier().Matches(bare).Select(m => m.Value).Where(name => !Keywords.Contains(name)).ToHashSet();
    }

    private static void Collect(JsonElement element, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property is { Name: "expr" or "query", Value.ValueKind: JsonValueKind.String })
                    {
                        found.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value, found);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, found);
                }
                break;
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Aeo.Orleans.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Aeo.Orleans.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^\s*expr:\s*(?<expr>.+?)\s*$")]
    private static partial Regex AlertExpr();

    [GeneratedRegex(@"^\s*label_values\(\s*(?<metric>[a-zA-Z_:][a-zA-Z0-9_:]*)\s*,\s*[a-zA-Z_][a-zA-Z0-9_]*\s*\)\s*$")]
    private static partial Regex LabelValues();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Matchers();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"\$\w+")]
    private static partial Regex Variables();

    /// <summary>A name not preceded by a word character (so not the unit of <c>1h</c>) and not called as a function.</summary>
    [GeneratedRegex(@"(?<![\w.$])(?>[a-zA-Z_:][a-zA-Z0-9_:]*)(?!\s*\()")]
    private static partial Regex Identifier();
}
