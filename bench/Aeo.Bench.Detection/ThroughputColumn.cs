using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Aeo.Bench.Detection;

/// <summary>
/// Columns computed from a case's mean time: MB/s (UTF-8 bytes of the corpus, 10^6 bytes per MB, per second)
/// and how many times faster than the baseline with the same brand count, in the same run.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn("MB/s", "Corpus UTF-8 bytes / mean time, in 10^6 bytes per second", PerSecond);

    public static readonly IColumn TimesFasterThanBaseline = new ThroughputColumn("× regex", "Regex-per-brand mean / this mean, same brand count, same run", Speedup);

    private static readonly ConcurrentDictionary<int, long> CorpusBytes = new();

    private readonly Func<Summary, BenchmarkCase, double?> value;

    private ThroughputColumn(string name, string legend, Func<Summary, BenchmarkCase, double?> value)
    {
        ColumnName = name;
        Legend = legend;
        this.value = value;
    }

    public string Id => nameof(ThroughputColumn) + ColumnName;

    public string ColumnName { get; }

    public string Legend { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        value(summary, benchmarkCase)?.ToString("N1", CultureInfo.InvariantCulture) ?? "?";

    /// <summary>Mean nanoseconds per operation, if the case ran.</summary>
    internal static double? MeanNanoseconds(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics?.Mean;

    internal static int BrandCountOf(BenchmarkCase benchmarkCase) => (int)benchmarkCase.Parameters[nameof(DetectionBenchmarks.BrandCount)];

    private static double? PerSecond(Summary summary, BenchmarkCase benchmarkCase)
    {
        var bytes = CorpusBytes.GetOrAdd(BrandCountOf(benchmarkCase), brandCount => DetectionCorpus.Build(brandCount).Utf8Bytes);
        return MeanNanoseconds(summary, benchmarkCase) is { } mean ? bytes / mean * 1e9 / 1e6 : null;
    }

    private static double? Speedup(Summary summary, BenchmarkCase benchmarkCase)
    {
        var baseline = summary.BenchmarksCases.FirstOrDefault(other =>
            other.Descriptor.Baseline && BrandCountOf(other) == BrandCountOf(benchmarkCase));
        return baseline is not null && MeanNanoseconds(summary, baseline) is { } baselineMean && MeanNanoseconds(summary, benchmarkCase) is { } mean
            ? baselineMean / mean
            : null;
    }
}
