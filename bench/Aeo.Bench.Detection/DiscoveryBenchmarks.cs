using Aeo.Analysis.Brands;
using Aeo.Analysis.Discovery;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Aeo.Bench.Detection;

/// <summary>
/// Competitor discovery over 6,000 non-branded answers: the detection corpus of 200 invented brands (lists with bold
/// leads, tables, headings, prose), repeated to 6,000 answers, each citing the sites of two of the brands it lists;
/// the client tracks 10 of the brands, so the other 190 are to be discovered.
/// </summary>
[Config(typeof(DiscoveryConfig))]
public class DiscoveryBenchmarks
{
    public const int AnswerCount = 6_000;

    private DiscoveryAnswer[] answers = null!;
    private BrandDefinition[] tracked = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = DetectionCorpus.Build(200);
        tracked = [.. corpus.Brands.Take(10)];
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        answers = Enumerable.Range(0, AnswerCount).Select(i =>
        {
            var text = corpus.Answers[i % corpus.Answers.Count];
            var cited = corpus.Brands.Where(b => text.Contains(b.Name, StringComparison.Ordinal)).Take(2).Select(b => b.Domains[0]).ToArray();
            return new DiscoveryAnswer($"platform-{i % 4}", Branded: false, text, cited, start.AddSeconds(i));
        }).ToArray();
    }

    [Benchmark(Description = "CompetitorDiscovery.Discover, 6,000 answers")]
    public int Discover() => CompetitorDiscovery.Discover(answers, tracked, "bench").Brands.Count;
}

/// <summary>The detection benchmarks' short in-process job, with the median and allocations and without their throughput columns.</summary>
public sealed class DiscoveryConfig : ManualConfig
{
    public DiscoveryConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
        AddColumn(StatisticColumn.Median);
        AddDiagnoser(MemoryDiagnoser.Default);
        HideColumns(Column.Error, Column.StdDev);
    }
}
