using Aeo.Analysis.Answers.Reports;

namespace Aeo.Analysis.Tests.Answers.Reports;

public sealed class SentimentReportTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void A_stored_mixed_label_reads_as_neutral_with_the_mixed_flag()
    {
        const string stored = """{"score":0.05,"label":"mixed","confidence":0.42,"source":"lexicon"}""";

        var report = JsonSerializer.Deserialize<SentimentReport>(stored, Web)!;

        Assert.Equal("neutral", report.Label);
        Assert.True(report.Mixed);
        Assert.Equal(0.05, report.Score);
        Assert.Equal(0.42, report.Confidence);
        Assert.Equal("lexicon", report.Source);
    }

    [Fact]
    public void A_stored_label_without_the_flag_reads_as_not_mixed()
    {
        var report = JsonSerializer.Deserialize<SentimentReport>("""{"score":0.6,"label":"positive","confidence":0.8,"source":"lexicon"}""", Web)!;

        Assert.Equal("positive", report.Label);
        Assert.False(report.Mixed);
    }

    [Fact]
    public void A_result_round_trips_with_its_flag()
    {
        var report = SentimentReport.From(new SentimentResult(-0.61234, SentimentLabel.Negative, 0.7, "llm:judge", mixed: true));

        var json = JsonSerializer.Serialize(report, Web);
        var read = JsonSerializer.Deserialize<SentimentReport>(json, Web);

        Assert.Equal("""{"score":-0.6123,"label":"negative","mixed":true,"confidence":0.7,"source":"llm:judge"}""", json);
        Assert.Equal(report, read);
    }
}
