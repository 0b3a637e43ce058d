namespace Aeo.Analysis.Tests.Text;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("**bold** and _it_", "  bold   and  it ")]
    [InlineData("## Heading", "   Heading")]
    [InlineData("> quoted", "  quoted")]
    [InlineData("1. first", "   first")]
    [InlineData("- item", "  item")]
    [InlineData("use `code` here", "use  code  here")]
    [InlineData("[text](https://x.com/a)", " text                  ")]
    [InlineData("![alt](img.png)", "  alt          ")]
    [InlineData("[text][1]", " text    ")]
    [InlineData("[1]: https://x.com", "                  ")]
    [InlineData("a <b>bold</b> move", "a    bold     move")]
    [InlineData("see <https://x.com>", "see  https://x.com ")]
    [InlineData("| a | b |", "  a   b  ")]
    [InlineData("|---|:-:|", "         ")]
    [InlineData("---", "   ")]
    [InlineData("```csharp", "         ")]
    [InlineData("~~gone~~", "  gone  ")]
    [InlineData("\\*literal\\*", " *literal *")]
    public void Markup_is_blanked_and_text_kept(string markdown, string expected)
    {
        Assert.Equal(expected, MarkdownText.BlankMarkup(markdown));
    }

    [Theory]
    [InlineData("snake_case and 2*3 and a ~ b")]
    [InlineData("a < b and c > d")]
    [InlineData("prices (from $5) [approx]")]
    [InlineData("HubSpot – a CRM — and more")]
    [InlineData("-5 degrees, +3 tomorrow")]
    public void Prose_that_only_looks_like_markup_is_kept(string text)
    {
        Assert.Equal(text, MarkdownText.BlankMarkup(text));
    }

    [Fact]
    public void Offsets_are_preserved_line_by_line()
    {
        const string markdown = "# Title\n\n1. **HubSpot** – [site](https://hubspot.com)\n2. Zoho\n";

        var plain = MarkdownText.BlankMarkup(markdown);

        Assert.Equal(markdown.Length, plain.Length);
        Assert.Equal(markdown.IndexOf("HubSpot", StringComparison.Ordinal), plain.IndexOf("HubSpot", StringComparison.Ordinal));
        Assert.Equal(markdown.IndexOf("Zoho", StringComparison.Ordinal), plain.IndexOf("Zoho", StringComparison.Ordinal));
        Assert.DoesNotContain("hubspot.com", plain);
        Assert.Equal(markdown.Count(c => c == '\n'), plain.Count(c => c == '\n'));
    }
}
