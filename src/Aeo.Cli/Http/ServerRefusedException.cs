using System.Net;

namespace Aeo.Cli.Http;

/// <summary>The server answered with an error status; <see cref="Problem"/> is its problem details, when it sent any.</summary>
public sealed class ServerRefusedException(HttpStatusCode status, JsonObject? problem)
    : Exception($"The server answered {(int)status} {status}.")
{
    public HttpStatusCode Status { get; } = status;

    public JsonObject? Problem { get; } = problem;
}

/// <summary>No answer from the server: refused connection, unknown host, timeout.</summary>
public sealed class ServerUnreachableException(Uri server, string reason, Exception inner)
    : Exception($"Cannot reach {server}: {reason}", inner);
