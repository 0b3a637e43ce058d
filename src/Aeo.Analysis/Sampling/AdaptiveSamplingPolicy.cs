namespace Aeo.Analysis.Sampling;

/// <summary>
/// Decides, for one platform after a round of samples, whether adaptive sampling stops and which questions get a
/// sample more. The target is the client's headline mention rate: the share of non-branded answers mentioning the
/// client, estimated exactly as the figures do (clustered by question, so with the same design effect), with its 95 %
/// interval of half-width <c>h = (upper − lower) / 2</c>.
/// <list type="number">
/// <item>No answered non-branded question: stop (<see cref="SamplingHalt.NoHeadline"/>).</item>
/// <item><c>h ≤ target</c>: stop (<see cref="SamplingHalt.Interval"/>).</item>
/// <item>No non-branded question below the maximum: stop (<see cref="SamplingHalt.Maximum"/>).</item>
/// <item>Otherwise each such question q with n answers, y of them mentioning the client, scores the variance one
/// answer more takes off its mean, <c>gain = s² / (n(n + 1))</c>, where s² is its within-question variance: with
/// n ≥ 2 the observed <c>y(n − y) / (n(n − 1))</c> (0 when every sample agrees); with n = 1 nothing within is
/// observable, so the question's share of the clustered variance, <c>(y − p)²</c> with p the platform's headline
/// rate, stands in (answers against the platform's tendency are the likeliest to flip); with n = 0, 0.</item>
/// <item>The questions with a positive gain, highest first (ties: more tracked brands mentioned in some samples and
/// not others, then the lower ordinal), up to half the questions below the maximum (rounded up), get one sample
/// more. None positive: stop, at <see cref="SamplingHalt.Maximum"/> when a question at the maximum still disagrees
/// (the maximum is what keeps the interval wide), else at <see cref="SamplingHalt.SamplesAgree"/>.</item>
/// </list>
/// Each round adds at least one sample and no question passes the maximum, so a platform stops after at most
/// questions × (maximum − 1) rounds; in practice after a few, since a round asks up to half the questions again.
/// Branded questions keep their first sample: they are not in the headline.
/// </summary>
public static class AdaptiveSamplingPolicy
{
    public static SamplingDecision Decide(
        IReadOnlyList<SampledQuestion> questions, string clientBrand, double targetHalfWidth, int maxSamplesPerQuestion)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetHalfWidth);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSamplesPerQuestion, 1);

        var headline = questions.Where(q => !q.Branded).ToList();
        var rate = HeadlineRate(headline, clientBrand);
        if (rate.Value is not { } p)
        {
            return new SamplingDecision(rate, null, SamplingHalt.NoHeadline, []);
        }
        var halfWidth = (rate.Upper!.Value - rate.Lower!.Value) / 2;
        if (halfWidth <= targetHalfWidth)
        {
            return new SamplingDecision(rate, halfWidth, SamplingHalt.Interval, []);
        }
        var open = headline.Where(q => q.Asked < maxSamplesPerQuestion).ToList();
        if (open.Count == 0)
        {
            return new SamplingDecision(rate, halfWidth, SamplingHalt.Maximum, []);
        }
        var chosen = open
            .Select(q => (q.Ordinal, Gain: Gain(q.Answers.Count, q.Mentioning(clientBrand), p), Disagreeing: q.DisagreeingBrands()))
            .Where(c => c.Gain > 0)
            .OrderByDescending(c => c.Gain)
            .ThenByDescending(c => c.Disagreeing)
            .ThenBy(c => c.Ordinal)
            .Take((open.Count + 1) / 2)
            .Select(c => c.Ordinal)
            .ToList();
        if (chosen.Count > 0)
        {
            return new SamplingDecision(rate, halfWidth, null, chosen);
        }
        var disagreeingAtMaximum = headline.Any(q => q.Asked >= maxSamplesPerQuestion && Gain(q.Answers.Count, q.Mentioning(clientBrand), p) > 0);
        return new SamplingDecision(rate, halfWidth, disagreeingAtMaximum ? SamplingHalt.Maximum : SamplingHalt.SamplesAgree, []);
    }

    /// <summary>The variance one answer more takes off a question's mean (see the class summary).</summary>
    /// <param name="answers">n, the question's answers on the platform.</param>
    /// <param name="mentioning">y, those mentioning the client.</param>
    /// <param name="platformRate">p, the platform's headline rate.</param>
    public static double Gain(int answers, int mentioning, double platformRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(answers);
        ArgumentOutOfRangeException.ThrowIfNegative(mentioning);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mentioning, answers);
        var within = answers switch
        {
            0 => 0,
            1 => Square(mentioning - platformRate),
            _ => (double)mentioning * (answers - mentioning) / (answers * (answers - 1.0)),
        };
        return answers == 0 ? 0 : within / (answers * (answers + 1.0));
    }

    /// <summary>The client's mention rate over the non-branded answers, clustered by question as every figure is.</summary>
    public static RateEstimate HeadlineRate(IEnumerable<SampledQuestion> nonBranded, string clientBrand) =>
        ClusteredEstimator.Rate(nonBranded.SelectMany(q => q.Answers.Select(a =>
            (q.Ordinal.ToString(CultureInfo.InvariantCulture), a.Contains(clientBrand) ? 1.0 : 0.0, 1.0))));

    private static double Square(double value) => value * value;
}
