namespace Aeo.Platforms;

/// <summary>Why a call to an answer engine failed, in classes that decide whether a retry can help.</summary>
public enum EngineErrorClass
{
    /// <summary>429: the provider is rationing us. Paces the platform; never trips its breaker.</summary>
    RateLimit,

    /// <summary>The attempt ran past its time limit, or the connection timed out.</summary>
    Timeout,

    /// <summary>401/403: the key is missing, wrong or lacks access.</summary>
    Authentication,

    /// <summary>5xx, 529 (overloaded), connection refused or reset.</summary>
    Unavailable,

    /// <summary>400/404/422: the request itself is wrong (model name, parameters); repeating it cannot help.</summary>
    BadRequest,

    /// <summary>The account's spend cap or quota is used up (OpenAI <c>insufficient_quota</c>, a 402).</summary>
    SpendCapReached,

    /// <summary>A 2xx whose body is not the provider's documented shape (truncated, HTML from a proxy, missing fields).</summary>
    InvalidResponse,

    /// <summary>Raised by the platform's own circuit breaker, which is open: the provider was not called.</summary>
    CircuitOpen,

    Unknown,
}
