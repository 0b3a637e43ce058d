using System.Security.Cryptography;
using System.Text;
using Aeo.Analysis.Answers;
using Aeo.Analysis.Tests.Corpus;
using Aeo.Analysis.Tests.Corpus.Sentiment;

namespace Aeo.Analysis.Tests.Answers;

/// <summary>
/// Locks the whole analysis output (detection with its flags, contexts and prominence, the stance and every mention's
/// reading with their exact scores and confidences, the citations) of every answer in the detection corpus and the
/// dev, train-a and train-b sentiment sets against the digests in <c>analysis-digests.txt</c>, one per answer, so
/// that a change meant only to make the analysis faster is proved to change no result. The held-out set stays out.
/// A changed answer is printed in full; when a change of result is intended, set <c>AEO_ANALYSIS_DIGESTS</c> to a
/// path to have the new digests written there, review the printed differences, and replace the file.
/// </summary>
public sealed class AnalysisOutputDigestTests(ITestOutputHelper output)
{
    private const string DigestFile = "analysis-digests.txt";

    private static readonly JsonSerializerOptions Rendering = new() { WriteIndented = false };

    [Fact]
    public async Task Every_answer_analyses_to_its_recorded_digest()
    {
        var provider = new LexiconSentimentProvider();
        var actual = new List<(string Id, string Digest, string Rendered)>();
        foreach (var (id, text, question, brands) in Answers())
        {
            var analyzer = new AnswerAnalyzer(brands, provider);
            var analyzed = await analyzer.AnalyzeAsync(text, [], CancellationToken.None, question);
            var rendered = JsonSerializer.Serialize(analyzed, Rendering);
            actual.Add((id, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(rendered)))[..24], rendered));
        }

        if (Environment.GetEnvironmentVariable("AEO_ANALYSIS_DIGESTS") is { Length: > 0 } target)
        {
            await File.WriteAllLinesAsync(target, actual.Select(a => $"{a.Id}\t{a.Digest}"));
        }

        var expected = (await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "Answers", DigestFile)))
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        var changed = actual.Where(a => !expected.TryGetValue(a.Id, out var digest) || digest != a.Digest).ToArray();
        foreach (var answer in changed.Take(5))
        {
            output.WriteLine($"{answer.Id}: {answer.Rendered}");
        }

        Assert.Equal(expected.Count, actual.Count);
        Assert.True(changed.Length == 0, $"{changed.Length} of {actual.Count} answers analyse differently: {string.Join(", ", changed.Take(20).Select(a => a.Id))}");
    }

    private static IEnumerable<(string Id, string Text, string? Question, BrandDefinition[] Brands)> Answers()
    {
        foreach (var c in LabelledCorpus.Cases)
        {
            yield return ($"corpus/{c.Id}", c.Text, null, c.Brands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)).ToArray());
        }

        foreach (var set in new[] { StanceCorpus.Development, StanceCorpus.TrainA, StanceCorpus.TrainB })
        {
            foreach (var a in StanceCorpus.Answers(set))
            {
                yield return ($"{set}/{a.Id}", a.Text, a.Question, a.Brands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)).ToArray());
            }
        }
    }
}
