namespace Aeo.Analysis.Tests.Text;

public sealed class ListParserTests
{
    [Fact]
    public void A_numbered_list_with_nested_bullets_counts_top_level_items()
    {
        const string text = "Intro\n1. One\n   - detail\n   - more\n2. Two\n3. Three\nOutro after no blank line";

        var items = ListParser.Parse(text);

        Assert.Equal([1, 2, 3], items.Select(i => i.Position));
        Assert.All(items, item => Assert.Equal(ListKind.Numbered, item.Kind));
        Assert.Equal("1. One\n   - detail\n   - more", text[items[0].Start..items[0].End]);
    }

    [Fact]
    public void A_blank_line_then_prose_ends_a_list_and_a_new_list_gets_a_new_index()
    {
        const string text = "- a\n- b\n\nProse.\n\n1. c\n2. d";

        var items = ListParser.Parse(text);

        Assert.Equal([(0, 1), (0, 2), (1, 1), (1, 2)], items.Select(i => (i.List, i.Position)));
        Assert.Equal([ListKind.Bulleted, ListKind.Bulleted, ListKind.Numbered, ListKind.Numbered], items.Select(i => i.Kind));
    }

    [Fact]
    public void Switching_from_bullets_to_numbers_starts_a_new_list()
    {
        var items = ListParser.Parse("- a\n- b\n1. c");

        Assert.Equal([0, 0, 1], items.Select(i => i.List));
    }

    [Fact]
    public void Table_data_rows_are_items_under_a_header()
    {
        const string text = "| h1 | h2 |\n|---|---|\n| a | 1 |\n| b | 2 |\n\nafter";

        var items = ListParser.Parse(text);

        Assert.Equal(["| a | 1 |", "| b | 2 |"], items.Select(i => text[i.Start..i.End]));
        Assert.All(items, item => Assert.Equal(ListKind.Table, item.Kind));
    }

    [Fact]
    public void Table_rows_without_a_delimiter_are_all_items()
    {
        var items = ListParser.Parse("| a |\n| b |");

        Assert.Equal([1, 2], items.Select(i => i.Position));
    }

    [Theory]
    [InlineData("No lists here.\nJust prose.")]
    [InlineData("---\n***")]
    [InlineData("**Bold** start\n-5 degrees")]
    public void Prose_rules_and_emphasis_are_not_lists(string text)
    {
        Assert.Empty(ListParser.Parse(text));
    }
}
