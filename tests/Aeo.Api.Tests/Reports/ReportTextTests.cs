using Aeo.Api.Reports;

namespace Aeo.Api.Tests.Reports;

/// <summary>The report's cell and text rules on their own: CSV quoting and formula neutralising, HTML escaping and mention marks.</summary>
public sealed class ReportTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("mid=formula", "mid=formula")]
    public void A_text_cell_is_quoted_when_it_must_be_and_never_runs_as_a_formula(string value, string expected) =>
        Assert.Equal(expected, CsvCells.Text(value));

    [Fact]
    public void Numbers_are_invariant_and_a_negative_score_stays_a_number()
    {
        Assert.Equal("-0.35", CsvCells.Number(-0.35));
        Assert.Equal("0.0012", CsvCells.Number(0.0012m));
        int? unranked = null;
        Assert.Equal("", CsvCells.Number(unranked));
    }

    [Fact]
    public void Html_escaping_covers_text_and_attributes()
    {
        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;", HtmlText.Escape("<script>alert('x')</script> & \"q\""));
    }

    [Fact]
    public void Mentions_are_marked_in_place_and_overlapping_or_outside_spans_are_left_as_text()
    {
        var text = "Acme <b>beats</b> Beta; Acme again.";
        var mentions = new[]
        {
            new ReportMention("Acme", 2, 1, null, "positive", 0.8, [new ReportSpan(0, 4), new ReportSpan(24, 4), new ReportSpan(2, 3)]),
            new ReportMention("Beta", 1, 2, null, "negative", -0.5, [new ReportSpan(18, 4), new ReportSpan(30, 40)]),
        };
        var html = MentionHighlighter.Highlight(text, mentions, new Dictionary<string, int> { ["Acme"] = 0, ["Beta"] = 1 });
        Assert.Equal(
            "<mark class=\"b0 s-positive\" title=\"Acme: positive\">Acme</mark> &lt;b&gt;beats&lt;/b&gt; "
            + "<mark class=\"b1 s-negative\" title=\"Beta: negative\">Beta</mark>; "
            + "<mark class=\"b0 s-positive\" title=\"Acme: positive\">Acme</mark> again.",
            html);
    }
}
