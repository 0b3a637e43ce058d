using System.Text.RegularExpressions;
using Aeo.Analysis.Brands;
using BenchmarkDotNet.Attributes;

namespace Aeo.Bench.Detection;

/// <summary>
/// Each operation runs over the whole corpus (about 1 MB of answers), so throughput is corpus bytes ÷ mean time.
/// The baseline is what the issue rules out: one compiled regex per brand, run over every answer.
/// </summary>
[Config(typeof(DetectionConfig))]
public class DetectionBenchmarks
{
    private DetectionCorpus _corpus = null!;
    private BrandDetector _detector = null!;
    private AhoCorasickMatcher _matcher = null!;
    private Regex[] _regexes = null!;
    private readonly List<TermOccurrence> _occurrences = [];

    [Params(10, 200, 1000)]
    public int BrandCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = DetectionCorpus.Build(BrandCount);
        _detector = new BrandDetector(_corpus.Brands);
        _matcher = new AhoCorasickMatcher(_corpus.Brands.SelectMany(Terms).ToArray());
        _regexes = _corpus.Brands
            .Select(brand => new Regex(
                $@"\b(?:{string.Join('|', Terms(brand).Select(Regex.Escape))})\b",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled))
            .ToArray();
    }

    [Benchmark(Baseline = true, Description = "Regex per brand")]
    public int RegexPerBrand()
    {
        var matches = 0;
        foreach (var answer in _corpus.Answers)
        {
            foreach (var regex in _regexes)
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
        foreach (var answer in _corpus.Answers)
        {
            mentions += _detector.Detect(answer).Count;
        }

        return mentions;
    }

    [Benchmark(Description = "Matcher scan only")]
    public int MatcherScan()
    {
        var occurrences = 0;
        foreach (var answer in _corpus.Answers)
        {
            _occurrences.Clear();
            _matcher.FindAll(answer, _occurrences);
            occurrences += _occurrences.Count;
        }

        return occurrences;
    }

    private static IEnumerable<string> Terms(BrandDefinition brand) => [brand.Name, .. brand.Aliases, .. brand.Domains];
}
