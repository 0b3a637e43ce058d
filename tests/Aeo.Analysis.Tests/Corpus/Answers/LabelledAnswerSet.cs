using System.Text.Json;
using System.Text.Json.Serialization;
using Aeo.Analysis.Brands;

namespace Aeo.Analysis.Tests.Corpus.Answers;

/// <summary>One industry file of a labelled answer set (<c>tests/corpora/sentiment/…</c>).</summary>
public sealed record LabelledAnswerFile(string Industry, string Annotator, IReadOnlyList<LabelledAnswer> Answers);

/// <summary>One labelled answer: the question, the answer text (markdown), the tracked brands and one label per brand.</summary>
public sealed record LabelledAnswer(
    string Id, string Question, string QuestionType, string Style, string Text, IReadOnlyList<LabelledBrand> Brands, IReadOnlyList<BrandLabel> Labels)
{
    public IReadOnlyList<BrandDefinition> Definitions() =>
        [.. Brands.Select(brand => new BrandDefinition(brand.Name, brand.Aliases, brand.Domains))];
}

public sealed record LabelledBrand(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Domains);

/// <summary>
/// The annotator's reading of one tracked brand in one answer; for a brand not <see cref="Mentioned"/> the other
/// fields are absent. Sentiment fields are read only by the sentiment tests.
/// </summary>
public sealed record BrandLabel(
    string Brand,
    bool Mentioned,
    int? Rank = null,
    int? Count = null,
    string? Sentiment = null,
    bool? Mixed = null,
    bool? UnknownToEngine = null,
    bool? EchoOrDisclaimerOnly = null,
    string? Why = null);

/// <summary>
/// Loads a labelled answer set, <c>dev</c> or <c>heldout</c>, copied next to the test assembly under
/// <c>corpora/sentiment</c>: every <c>*.json</c> file in name order. The loader knows nothing of the files'
/// contents, so the held-out set is scored without anyone reading it.
/// </summary>
public static class LabelledAnswerSet
{
    public const string Development = "dev";
    public const string HeldOut = "heldout";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Dictionary<string, Lazy<IReadOnlyList<LabelledAnswer>>> Sets = new(StringComparer.Ordinal)
    {
        [Development] = new(() => Load(Development)),
        [HeldOut] = new(() => Load(HeldOut)),
    };

    public static IReadOnlyList<LabelledAnswer> Answers(string set) => Sets[set].Value;

    private static IReadOnlyList<LabelledAnswer> Load(string set)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "corpora", "sentiment", set);
        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No labelled answer files found in {directory}.");
        }

        return files.SelectMany(path =>
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize<LabelledAnswerFile>(stream, JsonOptions)
                ?? throw new InvalidDataException($"{Path.GetFileName(path)} of the {set} set holds nothing.");
            return file.Answers;
        }).ToArray();
    }
}
