namespace Aeo.Analysis.Brands;

/// <summary>
/// Case folding used on both terms and texts. It maps char to char, so offsets in the folded
/// text are offsets in the original text. Diacritic folding would change lengths and needs an offset map.
/// </summary>
internal static class TextFolding
{
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.ToLowerInvariant(source[i]);
        }
    });
}
