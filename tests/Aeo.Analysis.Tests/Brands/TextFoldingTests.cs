namespace Aeo.Analysis.Tests.Brands;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData('A', 'a')]
    [InlineData('z', 'z')]
    [InlineData('É', 'e')]
    [InlineData('é', 'e')]
    [InlineData('ü', 'u')]
    [InlineData('Ñ', 'n')]
    [InlineData('ç', 'c')]
    [InlineData('Ø', 'o')]
    [InlineData('ø', 'o')]
    [InlineData('Ł', 'l')]
    [InlineData('Š', 's')]
    [InlineData('ǻ', 'a')]
    [InlineData('ệ', 'e')]
    [InlineData('İ', 'i')]
    [InlineData('ß', 'ß')]
    [InlineData('æ', 'æ')]
    [InlineData('Ж', 'ж')]
    [InlineData('\u2019', '\'')]
    [InlineData('\u2018', '\'')]
    [InlineData('\u02BC', '\'')]
    [InlineData('\u2010', '-')]
    [InlineData('\u2011', '-')]
    [InlineData('\u2012', '-')]
    [InlineData('\u2013', '-')]
    [InlineData('\u2014', '-')]
    [InlineData('\t', ' ')]
    [InlineData('\n', ' ')]
    [InlineData('\r', ' ')]
    [InlineData('\u00A0', ' ')]
    [InlineData('\u2009', ' ')]
    [InlineData('\u3000', ' ')]
    [InlineData('.', '.')]
    [InlineData('\uD83D', '\uD83D')]
    public void Folds_one_char(char input, char expected)
    {
        Assert.Equal(expected, TextFolding.FoldChar(input));
    }

    [Fact]
    public void Folding_a_text_keeps_its_length_and_folds_each_char()
    {
        const string text = "L’Oréal\u00A0— Café\tCRÈME 😀 Straße";

        var folded = TextFolding.Fold(text);

        Assert.Equal("l'oreal - cafe creme 😀 straße", folded);
        Assert.Equal(text.Length, folded.Length);
    }

    [Fact]
    public void Folding_is_idempotent_for_every_char()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var once = TextFolding.FoldChar((char)c);
            Assert.Equal(once, TextFolding.FoldChar(once));
        }
    }

    [Fact]
    public void Every_white_space_char_and_nothing_else_folds_to_a_space()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.IsWhiteSpace((char)c), TextFolding.FoldChar((char)c) == ' ');
        }
    }
}
