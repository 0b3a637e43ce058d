namespace Aeo.Abstractions.Platforms;

/// <summary>
/// Either a reserved slot (<see cref="Granted"/>): the call may start at <see cref="At"/> and must start
/// before <see cref="StartBy"/>; or a refusal: ask again at <see cref="At"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("aeo.rate-permit")]
public sealed record RatePermit(
    [property: Id(0)] bool Granted,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] DateTimeOffset StartBy);
