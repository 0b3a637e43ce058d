using System.Text.Json;
using Aeo.Analysis.Answers;
using Aeo.Analysis.Brands;
using Aeo.Analysis.Sentiment;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Aeo.Bench.Detection;

/// <summary>
/// The whole per-answer analysis an audit runs on each answer (brands, the stance towards every detected brand with the
/// question, each mention's reading, sources), lexicon alone, over the realistic answers of the sentiment training sets
/// (<c>tests/corpora/sentiment/dev</c>, <c>train-a</c>, <c>train-b</c>: 211 answers, 4–8 tracked brands each); and
/// brand detection alone over the same answers, so the sentiment's share is a ratio within one run.
/// </summary>
[Config(typeof(AnswerAnalysisConfig))]
public class AnswerAnalysisBenchmarks
{
    private static readonly string[] Sets = ["dev", "train-a", "train-b"];

    private (string Text, string Question, AnswerAnalyzer Analyzer, BrandDetector Detector)[] answers = [];

    [GlobalSetup]
    public void Setup()
    {
        var provider = new LexiconSentimentProvider();
        answers = Sets
            .SelectMany(set => Directory.GetFiles(Path.Combine(CorporaDirectory(), set), "*.json").Order(StringComparer.Ordinal))
            .SelectMany(path => JsonDocument.Parse(File.ReadAllBytes(path)).RootElement.GetProperty("answers").EnumerateArray())
            .Select(answer =>
            {
                var brands = answer.GetProperty("brands").EnumerateArray()
                    .Select(b => new BrandDefinition(
                        b.GetProperty("name").GetString()!,
                        b.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToArray(),
                        b.GetProperty("domains").EnumerateArray().Select(d => d.GetString()!).ToArray()))
                    .ToArray();
                return (answer.GetProperty("text").GetString()!, answer.GetProperty("question").GetString()!,
                    new AnswerAnalyzer(brands, provider), new BrandDetector(brands));
            })
            .ToArray();
    }

    [Benchmark(Baseline = true, Description = "BrandDetector.Detect, 211 answers")]
    public int Detect()
    {
        var found = 0;
        foreach (var (text, question, _, detector) in answers)
        {
            found += detector.Detect(text, question).Count;
        }

        return found;
    }

    [Benchmark(Description = "AnswerAnalyzer.AnalyzeAsync, 211 answers")]
    public async Task<int> Analyze()
    {
        var found = 0;
        foreach (var (text, question, analyzer, _) in answers)
        {
            found += (await analyzer.AnalyzeAsync(text, [], CancellationToken.None, question)).Mentions.Count;
        }

        return found;
    }

    private static string CorporaDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var corpora = Path.Combine(directory.FullName, "tests", "corpora", "sentiment");
            if (Directory.Exists(corpora))
            {
                return corpora;
            }
        }

        throw new InvalidOperationException("tests/corpora/sentiment not found above the benchmark's directory.");
    }
}

/// <summary>The detection benchmarks' short in-process job, with the median, allocations and the ratio to detection alone.</summary>
public sealed class AnswerAnalysisConfig : ManualConfig
{
    public AnswerAnalysisConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
        AddColumn(StatisticColumn.Median, BaselineRatioColumn.RatioMean);
        AddDiagnoser(MemoryDiagnoser.Default);
        HideColumns(Column.Error, Column.StdDev);
    }
}
