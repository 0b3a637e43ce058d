namespace Aeo.Platforms;

public enum EngineErrorClass
{
    RateLimit,
    Timeout,
    Authentication,
    Unavailable,
    BadRequest,
    SpendCapReached,
    Unknown,
}
