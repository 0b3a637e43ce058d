using Aeo.Analysis.Brands;

namespace Aeo.Analysis.Tests.Brands.Matching;

public sealed class WordBoundaryTests
{
    [Theory]
    [InlineData("Acme", 0, 4, true)]
    [InlineData("(Acme).", 1, 4, true)]
    [InlineData("Acme's", 0, 4, true)]
    [InlineData("-Acme-", 1, 4, true)]
    [InlineData("tile", 1, 2, false)]
    [InlineData("xAcme", 1, 4, false)]
    [InlineData("Acme2", 0, 4, false)]
    [InlineData("2Acme", 1, 4, false)]
    [InlineData("éAcme", 1, 4, false)]
    [InlineData("Acmeé", 0, 4, false)]
    [InlineData("ЖAcme", 1, 4, false)]
    [InlineData("Acme\u00A0x", 0, 4, true)]
    [InlineData("😀Acme😀", 2, 4, true)]
    [InlineData("𝐀Acme", 2, 4, false)]
    [InlineData("Acme𝐀", 0, 4, false)]
    public void A_span_is_a_whole_word_when_no_letter_or_digit_touches_it(string text, int start, int length, bool expected)
    {
        Assert.Equal(expected, WordBoundary.IsWholeWord(text.AsSpan(), start, length));
        Assert.Equal(expected, WordBoundary.IsWholeWord(text, start, length));
    }

    [Fact]
    public void Lone_surrogates_are_not_letters()
    {
        // Built in code: xunit's theory data would not carry unpaired surrogates through intact.
        var text = new string(['\uDC00', 'A', 'c', 'm', 'e', '\uD800']);

        Assert.True(WordBoundary.IsWholeWord(text.AsSpan(), 1, 4));
        Assert.True(WordBoundary.IsWholeWord(text, 1, 4));
    }
}
