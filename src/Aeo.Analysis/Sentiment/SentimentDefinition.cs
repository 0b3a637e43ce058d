namespace Aeo.Analysis.Sentiment;

/// <summary>
/// The one definition of sentiment: what the lexicon approximates, what the LLM judge is asked (<see cref="Rules"/> is
/// quoted in its prompt word for word) and what the labelled sets were labelled by. docs/analysis.md states the same.
/// </summary>
public static class SentimentDefinition
{
    public const string Rules = """
        Judge each brand by the answer's overall stance towards it for the question asked (not the tone at one mention).
        - positive: the answer recommends or praises the brand.
        - negative: the answer criticises the brand, warns against it, or does not recommend it for what was asked (for example "powerful, but its pricing is steep ... not the best choice", "overkill for a team your size", "I'd skip it").
        - neutral: the brand is listed or described without a verdict either way.
        - A brand first criticised in an aside and then recommended is positive; a brand praised in a brief concession and then not recommended is negative.
        - mixed is a separate true/false flag, not a label: true when the answer gives the brand both substantive praise and substantive criticism. The label is still the overall verdict; when there is truly no verdict either way, the label is neutral and mixed is true. Minor caveats every product has ("has a learning curve", "check pricing") do not make a brand mixed.
        - Price facts: a bare price, plan limit or price comparison ("from $20/seat/month", "free up to 5 users", "cheaper than X") is neutral evidence. A price verdict counts: "expensive for what you get", "pricing is steep", "costs climb quickly" are criticism; "great value", "affordable for small teams", "generous free tier" are praise.
        - A brand named only to say nothing is known about it ("I couldn't find reliable information about X"), or only in an echo of the question or a disclaimer, is neutral.
        """;
}
