using System.Collections.Frozen;

namespace Aeo.Storage.Repositories;

/// <summary>
/// The one mapping between <see cref="RunStatus"/> and <see cref="RunStage"/> and the snake-case text the
/// <c>audit_runs.status</c> and <c>stage</c> columns hold (the same spelling as the API's, <see cref="RunStatusNames"/>).
/// SQL filters on statuses take these spellings as parameters rather than spelling them out.
/// </summary>
internal static class RunColumns
{
    private static readonly FrozenDictionary<string, RunStatus> Statuses =
        Enum.GetValues<RunStatus>().ToFrozenDictionary(s => s.ToWire(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, RunStage> Stages =
        Enum.GetValues<RunStage>().ToFrozenDictionary(s => s.ToWire(), StringComparer.Ordinal);

    /// <summary>The statuses of a run that has ended.</summary>
    public static readonly string[] Ended = Names(Enum.GetValues<RunStatus>().Where(s => s.IsTerminal()).ToArray());

    public static RunStatus Status(string column) =>
        Statuses.TryGetValue(column, out var status) ? status : throw Unknown("status", column);

    public static RunStage Stage(string column) =>
        Stages.TryGetValue(column, out var stage) ? stage : throw Unknown("stage", column);

    public static string[] Names(params RunStatus[] statuses) => Array.ConvertAll(statuses, s => s.ToWire());

    private static InvalidOperationException Unknown(string column, string value) =>
        new($"audit_runs.{column} holds '{value}', which this version does not know.");
}
