namespace Aeo.Analysis.Significance;

/// <summary>
/// McNemar's exact test for paired yes/no outcomes. Only the discordant pairs carry information: <c>b</c> pairs went
/// from yes to no, <c>c</c> from no to yes. Under no change each discordant pair is equally likely to go either way,
/// so with <c>n = b + c</c> and <c>k = min(b, c)</c> the two-sided p value is
/// <c>min(1, 2 · Σ_{i=0..k} C(n, i) / 2ⁿ)</c>, and 1 when there is no discordant pair.
/// </summary>
public static class McNemarExact
{
    public static double PValue(int yesToNo, int noToYes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(yesToNo);
        ArgumentOutOfRangeException.ThrowIfNegative(noToYes);
        var n = yesToNo + noToYes;
        if (n == 0)
        {
            return 1.0;
        }

        var k = Math.Min(yesToNo, noToYes);
        // log C(n, i) − n·log 2, term by term, summed with log-sum-exp so that large n does not underflow.
        var logTerm = -n * Math.Log(2);
        var logTerms = new double[k + 1];
        logTerms[0] = logTerm;
        for (var i = 1; i <= k; i++)
        {
            logTerm += Math.Log(n - i + 1) - Math.Log(i);
            logTerms[i] = logTerm;
        }
        var max = logTerms.Max();
        var tail = Math.Exp(max) * logTerms.Sum(t => Math.Exp(t - max));
        return Math.Min(1.0, 2 * tail);
    }
}
