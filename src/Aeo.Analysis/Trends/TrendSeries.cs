namespace Aeo.Analysis.Trends;

/// <summary>One ended run's value in a series, with the setup it was measured under.</summary>
public sealed record TrendPoint(
    DateTimeOffset Time, Guid RunId, double? Value, double? Lower, double? Upper, int Answers, string SetupId);

/// <summary>
/// Where a series breaks: the point at <see cref="RunId"/> was measured under another setup than the one before it, so
/// the two are not comparable. <see cref="Changed"/> says what changed (see <see cref="RunSetup"/>'s reasons).
/// </summary>
public sealed record TrendBreak(Guid RunId, DateTimeOffset Time, string SetupIdBefore, string SetupIdAfter, IReadOnlyList<string> Changed);

/// <summary>One brand's values of one metric over time, on one platform or (with a null platform) on all of them.</summary>
public sealed record TrendSeries(string Brand, bool IsClient, string? Platform, IReadOnlyList<TrendPoint> Points, IReadOnlyList<TrendBreak> Breaks);
