namespace Aeo.Api.Hosting;

/// <summary>
/// What to tell the person at the console about the operator key: in the embedded default the key comes from a
/// file only they can read, so it is printed for them (to the console, never to the logs).
/// </summary>
public sealed record OperatorKeyNotice(string? KeyToPrint, string? FilePath);
