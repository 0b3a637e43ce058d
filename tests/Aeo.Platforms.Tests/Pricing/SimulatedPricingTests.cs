namespace Aeo.Platforms.Tests.Pricing;

/// <summary>A simulated platform prices its answers from its configured price table, as a real one does.</summary>
public sealed class SimulatedPricingTests
{
    [Fact]
    public async Task An_answer_is_priced_by_the_table_entry_its_model_starts_with()
    {
        var options = new PlatformOptions { Model = "sim-large-2", Simulated = TestEngines.NoLatency() };
        options.Pricing["sim-large"] = new ModelPrice { InputPerMillionTokens = 3m, OutputPerMillionTokens = 15m };
        options.Pricing["sim"] = new ModelPrice { InputPerMillionTokens = 100m, OutputPerMillionTokens = 100m };

        var answer = await new SimulatedAnswerEngine("sim", options).Ask("Best CRM for a small agency?");

        Assert.Equal((answer.InputTokens * 3m + answer.OutputTokens * 15m) / 1_000_000m, answer.CostUsd);
        Assert.Equal(CostSource.PriceTable, answer.CostSource);
    }

    [Fact]
    public async Task Without_a_price_for_its_model_the_cost_is_unknown()
    {
        var answer = await TestEngines.Create().Ask("Best CRM for a small agency?");
        Assert.Null(answer.CostUsd);
        Assert.Equal(CostSource.Unknown, answer.CostSource);
    }
}
