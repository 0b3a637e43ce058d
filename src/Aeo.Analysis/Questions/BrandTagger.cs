using Aeo.Analysis.Brands;

namespace Aeo.Analysis.Questions;

/// <summary>Decides whether a question names the client or a competitor, using the same detector as answers.</summary>
internal sealed class BrandTagger
{
    private readonly BrandDetector _detector;
    private readonly string _client;

    public BrandTagger(QuestionFill fill)
    {
        _client = fill.Brand;
        _detector = new BrandDetector(
            new[] { fill.Brand }.Concat(fill.Competitors).Select(name => new BrandDefinition(name, [], [])),
            new BrandDetectorOptions(MaxContexts: 0));
    }

    public GeneratedQuestion Tag(string text, string category, Func<BrandTags, double> priority)
    {
        var mentions = _detector.Detect(text);
        var tags = new BrandTags(
            NamesBrands: mentions.Count > 0,
            NamesClient: mentions.Any(m => string.Equals(m.Brand, _client, StringComparison.OrdinalIgnoreCase)));
        return new GeneratedQuestion(
            text,
            category,
            tags.NamesBrands ? QuestionTypes.Branded : QuestionTypes.NonBranded,
            priority(tags),
            mentions.Count > 0 ? mentions[0].Brand : null);
    }
}

internal readonly record struct BrandTags(bool NamesBrands, bool NamesClient);
