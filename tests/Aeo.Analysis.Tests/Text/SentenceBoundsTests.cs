namespace Aeo.Analysis.Tests.Text;

public sealed class SentenceBoundsTests
{
    [Theory]
    [InlineData("First one. Pick HubSpot today! Next.", "Pick HubSpot today!")]
    [InlineData("Use e.g. HubSpot for this. Next.", "Use e.g. HubSpot for this.")]
    [InlineData("See hubspot.com for HubSpot plans. Next.", "See hubspot.com for HubSpot plans.")]
    [InlineData("Made by J. Smith with HubSpot. Next.", "Made by J. Smith with HubSpot.")]
    [InlineData("It works (v2.0). then HubSpot wins.", "It works (v2.0). then HubSpot wins.")]
    [InlineData("Line one\nHubSpot line\nLine three", "HubSpot line")]
    [InlineData("Is it good? HubSpot is.", "HubSpot is.")]
    public void The_sentence_around_a_word(string text, string sentence)
    {
        var at = text.IndexOf("HubSpot", StringComparison.Ordinal);

        var (start, end) = SentenceBounds.Around(text, at, at + 7, maxReach: 200);

        Assert.Equal(sentence, text[start..end]);
    }

    [Fact]
    public void The_reach_bounds_a_long_sentence()
    {
        var text = new string('x', 50) + " HubSpot " + new string('y', 50);

        var (start, end) = SentenceBounds.Around(text, 51, 58, maxReach: 5);

        Assert.Equal((46, 63), (start, end));
    }

    [Theory]
    [InlineData("Notion is great.", 0, true)]
    [InlineData("Yes. Notion is great.", 5, true)]
    [InlineData("Yes.\n\"Notion\" is great.", 6, true)]
    [InlineData("We like Notion.", 8, false)]
    [InlineData("Tip: Notion is great.", 5, false)]
    [InlineData("e.g. Notion is great.", 5, false)]
    public void Whether_a_word_starts_its_sentence(string text, int index, bool starts)
    {
        Assert.Equal(starts, SentenceBounds.StartsSentence(text, index));
    }
}
