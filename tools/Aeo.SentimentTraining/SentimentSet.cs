using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aeo.SentimentTraining;

/// <summary>One industry file of a sentiment set: its answers, each with the tracked brands and one label per brand.</summary>
public sealed record StanceFile(string Industry, string Annotator, IReadOnlyList<StanceAnswer> Answers);

/// <summary>
/// One labelled answer: the question it answers, its text (markdown), the tracked brands (client first) and the
/// annotator's label for each of them, in the order of <see cref="Brands"/>.
/// </summary>
public sealed record StanceAnswer(
    string Id, string Question, string QuestionType, string Style, string Text, IReadOnlyList<StanceBrand> Brands, IReadOnlyList<StanceLabel> Labels)
{
    /// <summary>The industry, set from the file holding the answer.</summary>
    [JsonIgnore]
    public string Industry { get; init; } = "";
}

public sealed record StanceBrand(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Domains);

/// <summary>
/// The annotator's reading of one tracked brand in one answer. For a brand not <see cref="Mentioned"/> every other
/// field is absent; <see cref="Sentiment"/> is positive, negative or neutral, and <see cref="Mixed"/> says both
/// substantive praise and substantive criticism are present.
/// </summary>
public sealed record StanceLabel(
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
/// Reads a sentiment set (a folder of <c>tests/corpora/sentiment</c>): every <c>*.json</c> file in name order. The
/// reader knows nothing of a set's contents, so a set can be scored without anyone reading it.
/// </summary>
public static class SentimentSet
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<StanceAnswer> Load(string directory)
    {
        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No sentiment set files found in {directory}.");
        }

        return files.SelectMany(path =>
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize<StanceFile>(stream, JsonOptions)
                ?? throw new InvalidDataException($"{Path.GetFileName(path)} in {directory} holds nothing.");
            return file.Answers.Select(answer => answer with { Industry = file.Industry });
        }).ToArray();
    }
}
