namespace Aeo.Analysis.Tests.Text;

public sealed class RequiredWordsTests
{
    private static readonly RequiredWords Words = new(["know", "verify"]);

    [Theory]
    [InlineData("I don't KNOW it.")]
    [InlineData("Please Verify the plans.")]
    [InlineData("It is acknowledged.")]
    [InlineData("I don't \u212Anow it.")] // the Kelvin sign, which case-insensitive patterns take for "k"
    [InlineData("Ask the \u017Fales team.")] // the long s, taken for "s"
    public void A_text_that_a_pattern_may_match_is_let_through(string text) =>
        Assert.True(Words.MayMatch(text));

    [Theory]
    [InlineData("Acme is the best choice for small teams.")]
    [InlineData("")]
    public void A_text_holding_none_of_the_words_cannot_match(string text) =>
        Assert.False(Words.MayMatch(text));

    [Theory]
    [InlineData("Prices as of 2025.", true)]
    [InlineData("Prices as of \u0662\u0660\u0662\u0665.", true)] // Arabic-Indic digits are \d too
    [InlineData("Prices as of March.", false)]
    public void A_digit_may_be_all_an_alternative_needs(string text, bool mayMatch) =>
        Assert.Equal(mayMatch, new RequiredWords(["verify"], orDigit: true).MayMatch(text));
}
