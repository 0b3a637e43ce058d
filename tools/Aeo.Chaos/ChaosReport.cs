using Spectre.Console;

namespace Aeo.Chaos;

/// <summary>The per-run table and the totals line: runs, work items, lost, duplicated, longest stall.</summary>
internal static class ChaosReport
{
    private static readonly CultureInfo F = CultureInfo.InvariantCulture;

    public static void Print(IReadOnlyList<RunVerdict> verdicts, int kills)
    {
        var table = new Table().Title("Exactly-once check, from PostgreSQL").AddColumns(
            "run", "status", "questions", "work items", "answered", "dead-lettered", "lost", "duplicated", "longest stall", "wall time");
        foreach (var v in verdicts)
        {
            table.AddRow(
                v.Id.ToString()[..8],
                v.Ended ? v.Status : $"[red]{v.Status}[/]",
                v.Questions.ToString(F),
                v.Expected.ToString(F),
                v.Answered.ToString(F),
                v.DeadLettered.ToString(F),
                Count(v.Lost),
                Count(v.Duplicated + v.Unexpected),
                Seconds(v.LongestStall),
                Seconds(v.WallTime));
        }
        AnsiConsole.Write(table);

        var stall = verdicts.Max(v => v.LongestStall ?? TimeSpan.Zero);
        AnsiConsole.MarkupLine(
            $"[bold]runs[/] {verdicts.Count} ({verdicts.Count(v => v.Ended)} ended), [bold]work items[/] {verdicts.Sum(v => v.Expected).ToString(F)}, " +
            $"[bold]lost[/] {verdicts.Sum(v => v.Lost).ToString(F)}, [bold]duplicated[/] {verdicts.Sum(v => v.Duplicated + v.Unexpected).ToString(F)}, " +
            $"[bold]longest stall[/] {Seconds(stall)}, [bold]silos killed[/] {kills}");
    }

    private static string Count(long n) => n == 0 ? "0" : $"[red]{n.ToString(F)}[/]";

    private static string Seconds(TimeSpan? t) => t is { } x ? x.TotalSeconds.ToString("0.0", F) + " s" : "–";
}
