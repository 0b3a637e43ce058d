namespace Aeo.Analysis.Questions;

/// <summary>
/// Decides whether a question names a tracked brand (the client or a competitor) by whole-word,
/// case-insensitive matching of the brand names, and which brand it names first.
/// </summary>
internal sealed class BrandTagger(string client, IReadOnlyList<string> competitors)
{
    private readonly string[] brands = [client, .. competitors];

    public BrandTags Tag(string text)
    {
        string? first = null;
        var firstOffset = int.MaxValue;
        var namesClient = false;
        foreach (var brand in brands)
        {
            var offset = PhraseMatcher.IndexOf(text, brand);
            if (offset < 0)
            {
                continue;
            }

            namesClient |= ReferenceEquals(brand, client);
            // At the same offset the longer name wins: "Salesforce Marketing Cloud" over "Salesforce".
            if (offset < firstOffset || (offset == firstOffset && brand.Length > first!.Length))
            {
                (first, firstOffset) = (brand, offset);
            }
        }

        return new BrandTags(first, namesClient);
    }
}

/// <summary>The brand a question names first (null when it names none) and whether it names the client.</summary>
internal readonly record struct BrandTags(string? FirstBrand, bool NamesClient)
{
    public bool NamesBrands => FirstBrand is not null;

    public string Type => NamesBrands ? QuestionTypes.Branded : QuestionTypes.NonBranded;
}
