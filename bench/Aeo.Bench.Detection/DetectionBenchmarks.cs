using System.Text.RegularExpressions;
using Aeo.Analysis.Brands;
using BenchmarkDotNet.Attributes;

namespace Aeo.Bench.Detection;

/// <summary>
/// Each operation runs over the whole corpus (about 1 MB of answers), so throughput is corpus bytes ÷ mean time.
/// The baseline is the naive detector: one compiled regex per brand, run over every answer.
/// </summary>
[Config(typeof(DetectionConfig))]
public class DetectionBenchmarks
{
    private DetectionCorpus corpus = null!;
    private BrandDetector detector = null!;
    private AhoCorasickMatcher matcher = null!;
    private Regex[] regexes = null!;
    private readonly List<TermOccurrence> occurrences = [];

    [Params(10, 200, 1000)]
    public int BrandCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        corpus = DetectionCorpus.Build(BrandCount);
        detector = new BrandDetector(corpus.Brands);
        matcher = new AhoCorasickMatcher(corpus.Brands.SelectMany(Terms).ToArray());
        regexes = corpus.Brands
            .Select(brand => new Regex(
                $@"\b(?:{string.Join('|', Terms(brand).Select(Regex.Escape))})\b",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled))
            .ToArray();
    }

    [Benchmark(Baseline = true, Description = "Regex per brand")]
    public int RegexPerBrand()
    {
        var matches = 0;
        foreach (var answer in corpus.Answers)
        {
            foreach (var regex in regexes)
            {
                matches += regex.Count(answer);
            }
        }

        return matches;
    }

    [Benchmark(Description = "BrandDetector.Detect")]
    public int Detect()
    {
        var mentions = 0;
        foreach (var answer in corpus.Answers)
        {
            mentions += detector.Detect(answer).Count;
        }

        return mentions;
    }

    [Benchmark(Description = "Matcher scan only")]
    public int MatcherScan()
    {
        var found = 0;
        foreach (var answer in corpus.Answers)
        {
            occurrences.Clear();
            matcher.FindAll(answer, occurrences);
            found += occurrences.Count;
        }

        return found;
    }

    private static IEnumerable<string> Terms(BrandDefinition brand) => [brand.Name, .. brand.Aliases, .. brand.Domains];
}
