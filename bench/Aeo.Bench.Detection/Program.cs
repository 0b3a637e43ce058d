using System.Diagnostics;
using System.Globalization;
using Aeo.Analysis.Brands;
using Aeo.Bench.Detection;
using BenchmarkDotNet.Running;

// What the matcher costs to build and hold, before the timings: the benchmark itself reports time only.
Console.WriteLine("| brands | terms | answers | corpus bytes | DFA states | char classes | table MB | build ms |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var brandCount in new[] { 10, 200, 1000 })
{
    var corpus = DetectionCorpus.Build(brandCount);
    var terms = corpus.Brands.SelectMany(b => new[] { b.Name }.Concat(b.Aliases).Concat(b.Domains)).ToArray();
    var stopwatch = Stopwatch.StartNew();
    var matcher = new AhoCorasickMatcher(terms);
    var buildMs = stopwatch.Elapsed.TotalMilliseconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {brandCount} | {terms.Length} | {corpus.Answers.Count} | {corpus.Utf8Bytes:N0} | {matcher.StateCount:N0} | {matcher.AlphabetSize} | {matcher.TableBytes / 1e6:N2} | {buildMs:N0} |"));
}

BenchmarkSwitcher.FromAssembly(typeof(DetectionBenchmarks).Assembly).Run(args);
