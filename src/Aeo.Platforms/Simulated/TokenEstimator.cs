namespace Aeo.Platforms.Simulated;

/// <summary>Roughly four characters per token, the usual rule of thumb for English text.</summary>
internal static class TokenEstimator
{
    public static int Estimate(string text) => Math.Max(1, (text.Length + 3) / 4);
}
