namespace Aeo.Analysis.Significance;

/// <summary>
/// Paired yes/no outcomes of the same items in two runs, as a 2 × 2 table: <see cref="YesYes"/>, <see cref="YesNo"/>
/// (yes before, no after), <see cref="NoYes"/> and <see cref="NoNo"/>. The difference is <c>p₂ − p₁</c> (after − before)
/// with <c>p₁ = (a + b)/n</c>, <c>p₂ = (a + c)/n</c>.
/// </summary>
public sealed record PairedProportions(int YesYes, int YesNo, int NoYes, int NoNo)
{
    public int Items => YesYes + YesNo + NoYes + NoNo;

    public double Before => (YesYes + YesNo) / (double)Items;

    public double After => (YesYes + NoYes) / (double)Items;

    /// <summary>McNemar's exact p value (<see cref="McNemarExact"/>).</summary>
    public double PValue => McNemarExact.PValue(YesNo, NoYes);

    /// <summary>
    /// Newcombe's interval for a difference of paired proportions (his method 10, 1998), from each run's Wilson interval
    /// [l₁, u₁], [l₂, u₂] and the correlation of the table <c>φ = (ad − bc) / √((a+b)(c+d)(a+c)(b+d))</c> (0 when a
    /// margin is empty), with <c>d = p₂ − p₁</c>:
    /// <c>lower = d − √((p₂ − l₂)² − 2φ(p₂ − l₂)(u₁ − p₁) + (u₁ − p₁)²)</c>,
    /// <c>upper = d + √((u₂ − p₂)² − 2φ(u₂ − p₂)(p₁ − l₁) + (p₁ − l₁)²)</c>.
    /// </summary>
    public ConfidenceInterval Interval()
    {
        if (Items == 0)
        {
            throw new InvalidOperationException("No paired items.");
        }
        double a = YesYes, b = YesNo, c = NoYes, d = NoNo, n = Items;
        var p1 = Before;
        var p2 = After;
        var first = Intervals.Wilson(p1, n);
        var second = Intervals.Wilson(p2, n);
        var margins = (a + b) * (c + d) * (a + c) * (b + d);
        var phi = margins == 0 ? 0 : (a * d - b * c) / Math.Sqrt(margins);
        var difference = p2 - p1;
        var lower = difference - Math.Sqrt(Math.Max(0, Square(p2 - second.Lower) - 2 * phi * (p2 - second.Lower) * (first.Upper - p1) + Square(first.Upper - p1)));
        var upper = difference + Math.Sqrt(Math.Max(0, Square(second.Upper - p2) - 2 * phi * (second.Upper - p2) * (p1 - first.Lower) + Square(p1 - first.Lower)));
        return new ConfidenceInterval(Math.Max(-1, lower), Math.Min(1, upper));
    }

    private static double Square(double value) => value * value;
}
