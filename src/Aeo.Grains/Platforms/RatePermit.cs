namespace Aeo.Grains.Platforms;

/// <summary>
/// What <see cref="RatePacer"/> hands out: either a reserved slot (<see cref="Granted"/>): the call may start at
/// <see cref="At"/> and must start before <see cref="StartBy"/>; or a refusal: ask again at <see cref="At"/>.
/// </summary>
public sealed record RatePermit(bool Granted, DateTimeOffset At, DateTimeOffset StartBy);
