namespace Aeo.Analysis.Tests.Corpus;

/// <summary>
/// Loads every <c>Corpus/*.json</c> file copied next to the test assembly. Each file holds a JSON array of
/// <see cref="CorpusCase"/>; files are read in name order so failure listings are stable.
/// </summary>
public static class LabelledCorpus
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<IReadOnlyList<CorpusCase>> AllCases = new(Load);

    /// <summary>All labelled cases, in file-name then file order.</summary>
    public static IReadOnlyList<CorpusCase> Cases => AllCases.Value;

    private static IReadOnlyList<CorpusCase> Load()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Corpus");
        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No corpus files found in {directory}.");
        }

        return files.SelectMany(ReadFile).ToArray();
    }

    private static IReadOnlyList<CorpusCase> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<CorpusCase>>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{Path.GetFileName(path)} holds no cases.");
    }
}
