namespace Aeo.Platforms;

/// <summary>A model's list price in US dollars per million tokens, bound from <c>Aeo:Platforms:&lt;name&gt;:Pricing:&lt;model&gt;</c>.</summary>
public sealed class ModelPrice
{
    public decimal InputPerMillionTokens { get; set; }

    public decimal OutputPerMillionTokens { get; set; }
}
